// Tokenizing cost alone: a cached HighlightState, no output formatting.
#include <srchilite/langdefmanager.h>
#include <srchilite/regexrulefactory.h>
#include <srchilite/sourcehighlighter.h>
#include <srchilite/formattermanager.h>
#include <srchilite/formatter.h>
#include <srchilite/formatterparams.h>
#include <iostream>
#include <chrono>
#include <sstream>
struct Counter : srchilite::Formatter {
  size_t n = 0;
  void format(const std::string &s, const srchilite::FormatterParams *) override { n += s.size(); }
};
int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10000;
  srchilite::RegexRuleFactory factory;
  srchilite::LangDefManager manager(&factory);
  auto t0 = std::chrono::steady_clock::now();
  srchilite::HighlightStatePtr state = manager.getHighlightState("/usr/share/source-highlight", "python.lang");
  auto t1 = std::chrono::steady_clock::now();
  auto counter = srchilite::FormatterPtr(new Counter);
  srchilite::FormatterManager formatters(counter);
  const char* lines[] = {"import torch.nn as nn", "conv = nn.Conv2d(1, 100, kernel_size=10, bias=False)", "print(sum(p.numel() for p in conv.parameters()))  # 10000"};
  for (int i = 0; i < n; i++) {
    srchilite::SourceHighlighter h(state);
    h.setFormatterManager(&formatters);
    srchilite::FormatterParams params;
    h.setFormatterParams(&params);
    for (auto l : lines) h.highlightParagraph(l);
  }
  auto t2 = std::chrono::steady_clock::now();
  std::cout << "load ms " << std::chrono::duration<double, std::milli>(t1 - t0).count() << "\n";
  std::cout << "per block us " << std::chrono::duration<double, std::micro>(t2 - t1).count() / n << "\n";
}
