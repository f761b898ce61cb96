import ConfigTree

/// The fenced blocks sitegen renders (```params, ```diagram, ```model), for one page.
struct BlockRenderers {
    let plan: SitePlan
    let numbers: NumberContext
    let figures: FigureFiles

    func fencedBlocks() -> FencedBlocks {
        FencedBlocks(handlers: [
            "params": { body, _ throws(ConfigErrors) in try ParamsTable.render(body: body, numbers: numbers) },
            "diagram": { body, _ throws(ConfigErrors) in try DiagramBlock.render(body: body, plan: plan, numbers: numbers, figures: figures) },
            "model": { body, _ throws(ConfigErrors) in try ModelBlock.render(body: body, plan: plan, numbers: numbers) },
        ])
    }
}
