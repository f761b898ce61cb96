#!/usr/bin/env python3
"""make-corpus.py N DIR: write N Chinese Markdown chapters (chNNNNN.md) into DIR.

The benchmark's own corpus. Each chapter is about 3.4 KB of UTF-8: YAML front
matter (title, weight), h2 sections with h3 subsections, paragraphs with
emphasis, strong text and inline code, a bullet list, an ordered list, a
blockquote, a fenced code block, and a Markdown link to another chapter's file
(`[第12章](ch00011.md)`), which sitegen rewrites to its page and checks, and
Hugo resolves through the render hook in hugo-site/.

Plain CommonMark only, so sitegen, Hugo and the cmark CLI read the same bytes.
No `{{` anywhere (a sitegen placeholder and a Hugo shortcode opener).

Deterministic: a fixed-seed linear congruential generator of our own (not
Python's `random`), so the bytes are the same with every Python 3.
"""
import os
import sys

# Sentences of the explainer's subject; some carry inline Markdown.
SENTENCES = [
    "一幅一千乘一千的灰度图像有一百万个像素。",
    "如果隐藏层也有一百万个神经元并且全连接，权值的个数就是十的十二次方。",
    "局部感受野让每个神经元只连接输入中的一小块区域。",
    "感受野为十乘十时，每个神经元只有一百个权值，总数降到十的八次方。",
    "**权值共享**让所有位置使用同一个卷积核，参数只剩下一百个。",
    "一个卷积核只能提取一种特征，比如某个方向的*边缘*或某种纹理。",
    "用一百个卷积核就得到一百张特征图，参数也不过一万个。",
    "卷积层的输出尺寸由输入尺寸、核大小、步长和填充共同决定。",
    "在 PyTorch 里写作 `nn.Conv2d(1, 100, kernel_size=10)`，参数量一目了然。",
    "偏置项每个输出通道只有一个，和权值相比几乎可以忽略。",
    "参数越少，模型越不容易过拟合，训练所需的样本也越少。",
    "图像的统计特性在各个位置大致相同，这正是共享权值的依据。",
    "池化层没有参数，它只是把相邻位置的响应合并成一个。",
    "深层网络把低层的局部特征逐级组合成全局的语义。",
    "有效卷积（valid）不做填充，十乘十的核在一千乘一千的图像上得到九百九十一乘九百九十一的输出。",
    "同样的结论也适用于彩色图像，只是每个卷积核多了通道这一维。",
    "全连接层常常占据网络参数的绝大部分，例如 AlexNet 的最后几层。",
    "把 `stride` 设为二，输出的宽和高大约各减少一半。",
]

SECTION_TITLES = ["问题的规模", "局部连接", "权值共享", "多个卷积核", "输出尺寸", "小结与练习"]
SUBSECTION_TITLES = ["一个例子", "算一算", "要点", "常见误解"]
CODE_BLOCKS = [
    ["```python", "import torch.nn as nn", "conv = nn.Conv2d(1, 100, kernel_size=10, bias=False)",
     "print(sum(p.numel() for p in conv.parameters()))  # 10000", "```"],
    ["```swift", "let full = 1_000_000 * 1_000_000", "let local = 1_000_000 * 10 * 10",
     "print(full / local)  // 10000", "```"],
    ["```text", "输入   1000 x 1000 x 1", "卷积核 10 x 10, 100 个", "输出   991 x 991 x 100", "```"],
]


class LCG:
    """Numerical Recipes' 32-bit LCG: tiny, portable, deterministic."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def below(self, n):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % n


def paragraph(rng, count):
    return "".join(SENTENCES[rng.below(len(SENTENCES))] for _ in range(count))


def chapter(index, total, rng):
    number = index + 1
    lines = ["---", f"title: 第{number}章 卷积网络的参数 {number}", f"weight: {number}", "---", "",
             paragraph(rng, 4), ""]
    first = rng.below(len(SECTION_TITLES))
    for section in range(3):
        title = SECTION_TITLES[(first + section) % len(SECTION_TITLES)]
        lines += [f"## {title} {number}.{section + 1}", "", paragraph(rng, 5), ""]
        if section == 0:
            lines += ["- " + paragraph(rng, 1), "- 要点：" + paragraph(rng, 1), "- " + paragraph(rng, 1), ""]
        if section == 1:
            lines += ["1. " + paragraph(rng, 1), "2. " + paragraph(rng, 1), "3. " + paragraph(rng, 1), ""]
            lines += CODE_BLOCKS[rng.below(len(CODE_BLOCKS))] + [""]
        sub = SUBSECTION_TITLES[rng.below(len(SUBSECTION_TITLES))]
        lines += [f"### {sub} {number}.{section + 1}", "", paragraph(rng, 3), ""]
        if section == 2:
            lines += ["> " + paragraph(rng, 1), ""]
    other = (index + 1 + rng.below(max(total - 1, 1))) % total
    lines += [f"下一步可以读[第{other + 1}章](ch{other:05d}.md)，那里换了一个角度讲同一件事。", ""]
    return "\n".join(lines)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make-corpus.py N DIR")
    total, out = int(sys.argv[1]), sys.argv[2]
    if total < 1:
        sys.exit("N must be at least 1")
    os.makedirs(out, exist_ok=True)
    rng = LCG(20240608)
    for index in range(total):
        with open(os.path.join(out, f"ch{index:05d}.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(chapter(index, total, rng))


if __name__ == "__main__":
    main()
