import Foundation

// Writes a Swift file that holds each given file's text as a string literal:
//   ContentGenerator OUTPUT NAME PATH [NAME PATH ...]
// Every character outside printable ASCII is written as an escape, so the literal is exactly the
// file's bytes (which must be UTF-8) whatever they contain.
//   ContentGenerator --decompositions OUTPUT
// writes the Unicode compatibility decompositions (NFKD) of this toolchain's Foundation as a table
// for search folding, so the program itself needs no Foundation (and no ICU) to fold text.

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

/// "XXXX:YYYY ZZZZ;" for every scalar whose NFKD differs from itself, Hangul syllables excepted (their
/// decomposition is arithmetic: the reader computes it).
func decompositionTable() -> String {
    var out = ""
    for v in UInt32(0x80)...0x10FFFF {
        guard let u = Unicode.Scalar(v), !(0xAC00...0xD7A3).contains(v) else { continue }
        let d = Array(String(Character(u)).decomposedStringWithCompatibilityMapping.unicodeScalars)
        if d.count == 1 && d[0] == u { continue }
        out += String(v, radix: 16) + ":" + d.map { String($0.value, radix: 16) }.joined(separator: " ") + ";"
    }
    return out
}

/// Writes the decomposition table's Swift file.
func writeDecompositions(to output: String) {
    let source = """
        // Generated at build time from Foundation's NFKD (the EmbedContent plugin). Do not edit.

        extension SearchFolding {
            /// Compatibility decompositions, "scalar:scalar scalar;" in hexadecimal.
            static let decompositionTable = \(literal(decompositionTable()))
        }

        """
    do { try source.write(toFile: output, atomically: true, encoding: .utf8) } catch { fail("\(output): \(error)") }
}

/// Writes the content files' Swift file: `pairs` are (name inside Content, path).
func writeContent(to output: String, _ pairs: [String]) {
    var source = """
        // Generated at build time from the files of Content/ (the EmbedContent plugin). Do not edit.

        extension Content {
            /// Each content file's text, by its path inside Content/.
            static let files: [String: String] = [

        """
    for k in stride(from: 0, to: pairs.count, by: 2) {
        let (name, path) = (pairs[k], pairs[k + 1])
        guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot read it") }
        guard let text = String(validating: data, as: UTF8.self) else { fail("\(path): not valid UTF-8") }
        source += "            \(literal(name)): \(literal(text)),\n"
    }
    source += "        ]\n    }\n"
    do { try source.write(toFile: output, atomically: true, encoding: .utf8) } catch { fail("\(output): \(error)") }
}

@main
enum ContentGenerator {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--decompositions", arguments.count == 2 {
            writeDecompositions(to: arguments[1])
        } else if let output = arguments.first, arguments.count % 2 == 1 {
            writeContent(to: output, Array(arguments.dropFirst()))
        } else {
            fail("usage: ContentGenerator OUTPUT NAME PATH [NAME PATH ...] | --decompositions OUTPUT")
        }
    }
}
