import Foundation
import RawHTTPClient

/// `sitegen serve` running as a user runs it, with its output collected as it comes.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var out = ""
    private var err = ""

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = SitegenProcess.executable
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        stdout.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, toError: false) }
        stderr.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.append(handle.availableData, toError: true) }
        try process.run()
    }

    private func append(_ data: Data, toError: Bool) {
        lock.lock()
        if toError { err += String(decoding: data, as: UTF8.self) } else { out += String(decoding: data, as: UTF8.self) }
        lock.unlock()
    }

    var stdout: String { lock.lock(); defer { lock.unlock() }; return out }
    var stderr: String { lock.lock(); defer { lock.unlock() }; return err }

    /// Waits until `condition` holds, or `timeout` passes.
    func wait(timeout: Duration = .seconds(60), until condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    /// The port from the "serving http://127.0.0.1:PORT/" line, once printed.
    func port() async -> Int? {
        _ = await wait { stdout.contains("sitegen: serving ") || !process.isRunning }
        guard let match = stdout.firstMatch(of: /serving http:\/\/127\.0\.0\.1:(\d+)\//) else { return nil }
        return Int(match.1)
    }

    /// Sends `signal` and waits for the exit status.
    func stop(_ signal: Int32 = SIGTERM) async -> Int32? {
        if process.isRunning { kill(process.processIdentifier, signal) }
        return await exitStatus()
    }

    func exitStatus() async -> Int32? {
        guard await wait(until: { !process.isRunning }) else {
            process.terminate()
            return nil
        }
        // Let the readability handlers take the last output.
        try? await Task.sleep(for: .milliseconds(100))
        return process.terminationStatus
    }
}
