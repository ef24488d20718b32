import ArgumentParser
import ArticleModel
import Content
import Foundation

struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality",
        abstract: "Score the entity list against hand labels: precision, recall and F1 per text, with missed and spurious names.")
    @Argument(help: ArgumentHelp("Folder with NAME.entities.tsv labels and NAME.txt texts (the default article needs no text).",
                                 valueName: "dir"))
    var dir = "Tests/Fixtures"

    func run() throws {
        let fm = FileManager.default
        guard let files = try? fm.contentsOfDirectory(atPath: dir) else {
            Terminal.error("\(dir): cannot list the folder")
            throw ExitCode(66)
        }
        let labelFiles = files.filter { $0.hasSuffix(".entities.tsv") }.sorted()
        if labelFiles.isEmpty { Terminal.error("\(dir): no *.entities.tsv label files"); throw ExitCode(66) }
        print(Output.pad("TEXT", 52) + "LABELLED LISTED  PRECISION RECALL  F1")
        var failure: ExitCode? = nil
        for file in labelFiles {
            let stem = String(file.dropLast(".entities.tsv".count))
            guard let labels = fm.contents(atPath: dir + "/" + file) else {
                Terminal.error("\(dir)/\(file): cannot read it; skipped")
                failure = ExitCode(66)
                continue
            }
            if String(validating: labels, as: UTF8.self) == nil {
                Terminal.warn("\(dir)/\(file): not valid UTF-8; invalid bytes read as U+FFFD")
            }
            let labelText = String(decoding: labels, as: UTF8.self)
            let textName = stem + ".txt"
            let bytes: [UInt8]
            if let data = fm.contents(atPath: dir + "/" + textName) { bytes = [UInt8](data) }
            else if textName == Content.defaultArticleName { bytes = try Content.defaultArticle() }
            else { Terminal.warn("\(file): no \(textName) next to it; skipped"); continue }
            let loaded: LoadedText
            do { loaded = try ArticleOptions.load(bytes, name: dir + "/" + textName) } catch let e as ExitCode {
                failure = e // (the message names the file); the other texts are still scored
                continue
            }
            let article = ArticleBuilder.build(loaded, knowledge: KnowledgeBase.shared)
            let r = EntityQuality.score(article.entities, labels: EntityQuality.parseLabels(labelText))
            print(Output.pad(DisplayText.sanitize(stem), 52) + Output.pad(String(r.labelled), 9) + Output.pad(String(r.listed), 8)
                + Output.pad(fixed(r.precision), 10) + Output.pad(fixed(r.recall), 8) + fixed(r.f1))
            if !r.missed.isEmpty { print("  missed:     " + r.missed.map { DisplayText.sanitize($0) }.joined(separator: ", ")) }
            if !r.spurious.isEmpty { print("  spurious:   " + r.spurious.map { DisplayText.sanitize($0) }.joined(separator: ", ")) }
            if !r.duplicates.isEmpty { print("  duplicates: " + r.duplicates.map { DisplayText.sanitize($0) }.joined(separator: ", ")) }
        }
        if let failure { throw failure }
    }

    func fixed(_ x: Double) -> String { Graph.format1(x * 100) + "%" }
}
