/// Paragraphs the author added later to update an older text, and the paragraphs they update.
public struct Annotation: Hashable, Sendable {
    public var paragraphs: [Int]
    public var annotates: [Int]
    public init(paragraphs: [Int], annotates: [Int]) { self.paragraphs = paragraphs; self.annotates = annotates }
}
