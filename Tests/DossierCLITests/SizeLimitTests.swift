import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The size policy: a regular file over the limit is refused before it is read (its size is known), a
/// stream once it has sent that much; `--max-size` raises the limit up to its ceiling.
@Suite struct SizeLimitTests {
    /// A 6 GiB sparse file (no disk used): its size is known before reading, so it is refused at once.
    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let url = try CLI.temporaryFile([], name: "huge.txt")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(truncate(url.path, 6 << 30) == 0)
        for command in [["outline"], ["export"], ["search", "putin"]] {
            let r = try CLI.run(command + [url.path])
            #expect(r.status == 65, "\(command)")
            #expect(r.err.contains("huge.txt: 6 GiB is over the size limit of 256 MiB"), "\(r.err)")
            #expect(r.err.contains("--max-size"))
            #expect(r.out.isEmpty)
        }
    }

    @Test func maxSizeRaisesTheLimitUpToItsCeiling() throws {
        let text = Array(("Title\n\n" + String(repeating: "Vladimir Putin met Xi Jinping. ", count: 40)).utf8)
        let url = try CLI.temporaryFile(text)
        let small = try CLI.run(["outline", "--max-size", "1K", url.path])
        #expect(small.status == 65 && small.err.contains("over the size limit of 1 KiB"), "\(small.err)")
        let raised = try CLI.run(["outline", "--max-size", "2k", url.path])
        #expect(raised.status == 0 && raised.out.hasPrefix("Title"), "\(raised.err)")
        for bad in ["513M", "1G", "0", "-5", "12X", "many"] {
            let r = try CLI.run(["outline", "--max-size", bad, url.path])
            #expect(r.status == 64, "\(bad): \(r.err)")
            #expect(r.err.contains("--max-size"), "\(bad): \(r.err)")
        }
        #expect(try CLI.run(["outline", "--max-size", "512M", url.path]).status == 0)
    }

    /// An endless stream (`yes | dossier -`) is read up to the limit and then refused; a stream under it is read.
    @Test func anEndlessStreamStopsAtTheLimit() throws {
        let bin = CLI.quoted(CLI.binary.path)
        // (`timeout`: read without a limit, the stream would never end.)
        let endless = try CLI.shell("yes 'Vladimir Putin met Xi Jinping.' | timeout 60 \(bin) outline --max-size 1M -")
        #expect(endless.status == 65, "\(endless.err)")
        #expect(endless.err.contains("standard input: more than 1 MiB, the size limit"), "\(endless.err)")
        let under = try CLI.shell("yes 'Vladimir Putin met Xi Jinping.' | head -c 900000 | \(bin) entities --max-size 1M -")
        #expect(under.status == 0 && under.out.contains("Vladimir Putin"), "\(under.err)")
    }
}
