import Foundation

// Writes a Swift file that holds each given file's text as a string literal:
//   ContentGenerator OUTPUT NAME PATH [NAME PATH ...]
// Every character outside printable ASCII is written as an escape, so the literal is exactly the
// file's bytes (which must be UTF-8) whatever they contain.

func literal(_ text: String) -> String {
    var out = "\""
    for u in text.unicodeScalars {
        switch u {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case " "..."~": out.unicodeScalars.append(u)
        default: out += "\\u{" + String(u.value, radix: 16) + "}"
        }
    }
    return out + "\""
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ContentGenerator: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first, arguments.count % 2 == 1 else {
    fail("usage: ContentGenerator OUTPUT NAME PATH [NAME PATH ...]")
}
var source = """
    // Generated at build time from the files of Content/ (the EmbedContent plugin). Do not edit.

    extension Content {
        /// Each content file's text, by its path inside Content/.
        static let files: [String: String] = [

    """
let pairs = Array(arguments.dropFirst())
for k in stride(from: 0, to: pairs.count, by: 2) {
    let (name, path) = (pairs[k], pairs[k + 1])
    guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot read it") }
    guard let text = String(validating: data, as: UTF8.self) else { fail("\(path): not valid UTF-8") }
    source += "        \(literal(name)): \(literal(text)),\n"
}
source += "    ]\n}\n"
do { try source.write(toFile: output, atomically: true, encoding: .utf8) } catch { fail("\(output): \(error)") }
