import Foundation

extension SiteBuild {
    /// A rebuild into a `MemorySink` that holds the site of `previous`,
    /// after the input files in `changed` changed: only the pages whose
    /// recorded dependencies changed render again (`affectedPages`); the rest
    /// keep their files in the sink and their values from `previous`. The
    /// site-wide steps run over every page, as in a full build, so the sink
    /// ends up holding exactly what a full build of the same inputs writes.
    ///
    /// On failure the sink keeps the previous site, whole.
    public func rebuild(into sink: MemorySink, after previous: BuildResult, changed: ChangedFiles) throws(BuildFailure) -> (result: BuildResult, rendered: Set<PageID>) {
        // 1–2. Load what changed and plan; find the pages to render again.
        let affected = try affected(by: changed, since: previous)
        let (plan, templates, toRender) = (affected.plan, affected.templates, affected.pages)
        let bodiesOnly = affected.onlyBodiesChanged
        // 3. Start from the previous site (what this build does not write again goes at the end).
        sink.beginUpdate()
        // After edits to bodies alone, no asset or static file changed: they stay as copied.
        let copies = bodiesOnly ? Copies() : filesToCopy(plan.source)
        guard copies.escapes.isEmpty else { throw BuildFailure(copies.escapes) }
        let copiedPaths = bodiesOnly ? previous.copiedFiles : copies.files.map(\.path)
        // 4. Files copied as they are: cheap, and a changed asset needs no page.
        var diagnostics = copy(copies, into: sink)
        // 5. The pages that must render again, in parallel.
        let renderer = PageRenderer(plan: plan, templates: templates, collectsSections: collectsSections(plan), strict: options.strict)
        let changedPages = plan.pages.filter { toRender.contains($0.id) }
        let rendered = parallelMap(changedPages) { page in
            let rendered = renderer.render(page)
            for file in rendered.files { sink.write(file.path, file.contents) }
            return rendered.releasingOutput()
        }
        // Every page of the plan, in its order: the new renderings, the rest as they were.
        let pages: [RenderedPage]
        if bodiesOnly {
            // The plan kept its pages and their order: the previous list, with the new ones in place.
            var kept = previous.pages
            for page in rendered {
                guard let index = plan.index(of: page.id), kept[index].id == page.id else { continue }
                kept[index] = page
            }
            pages = kept
            diagnostics += rendered.flatMap(\.diagnostics)
        } else {
            let previousPages = Dictionary(previous.pages.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let renderedByID = Dictionary(rendered.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            pages = plan.pages.compactMap { renderedByID[$0.id] ?? previousPages[$0.id] }
            diagnostics += pages.flatMap(\.diagnostics)
        }
        // 6. Site-wide steps over every page; those that read no page keep their files after edits to bodies alone.
        var stepFiles: [String] = []
        for step in stepsRun {
            if bodiesOnly, !step.readsRenderedPages {
                stepFiles += step.plannedFiles(plan)
                continue
            }
            let output = step.run(plan, pages: pages)
            diagnostics += output.diagnostics
            for file in output.files {
                sink.write(file.path, file.contents)
                stepFiles.append(file.path)
            }
        }
        // 7. Whatever of the previous site this one did not write is stale: a
        //    deleted page, a figure a page no longer draws, a removed file.
        let fileCount: Int
        if bodiesOnly {
            // Only the pages rendered again can have left files behind (a figure no longer drawn).
            var count = previous.summary.files
            for page in rendered {
                let now = Set(page.filePaths), then = Set(plan.index(of: page.id).map { previous.pages[$0].filePaths } ?? [])
                for path in then.subtracting(now) { sink.remove(path) }
                count += now.subtracting(then).count - then.subtracting(now).count
            }
            fileCount = count
        } else {
            var written = Set(copiedPaths).union(stepFiles)
            for page in pages { written.formUnion(page.filePaths) }
            for path in sink.pendingPaths where !written.contains(path) { sink.remove(path) }
            fileCount = written.count
        }
        // A memory sink keeps no list of what was written: it only reports its failures.
        let failures = sink.finish(written: [])
        diagnostics += failures.map { Diagnostic(path: $0.path.isEmpty ? options.output : options.output + "/" + $0.path, message: $0.message) }
        guard diagnostics.isEmpty else {
            sink.discard()
            throw BuildFailure(diagnostics, isSystemFailure: diagnostics.count == failures.count)
        }
        // 8. Commit.
        try sink.commit()
        let summary = BuildSummary(pages: plan.pages.count, files: fileCount, output: options.output, warnings: pages.flatMap(\.warnings).sorted())
        return (BuildResult(summary: summary, plan: plan, templates: templates, pages: pages, copiedFiles: copiedPaths,
                            pagesKeepSections: collectsSections(plan)), toRender)
    }
}
