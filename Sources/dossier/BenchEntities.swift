import ArgumentParser
import ArticleModel
import Content
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct BenchEntities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-entities",
        abstract: "Time the model build (segmenting, entities, relations) in CPU time: median of many runs, and a text scaled up to test linearity.")
    @OptionGroup var input: ArticleOptions
    @Option(help: "Runs to take the median of.")
    var runs = 200
    @Option(help: "Also time a text made of the article repeated up to this many megabytes (0 to skip).")
    var scaleMB = 10

    func run() throws {
        var t0 = now()
        let knowledge = Knowledge(table: Content.knowledgeTable)
        print("knowledge load:          \(ms(now() - t0)) ms (once per process)")
        let bytes = try input.readBytes()
        var times: [Double] = []
        var article = try ArticleBuilder.build(bytes: bytes, knowledge: knowledge)
        for _ in 0..<max(1, runs) {
            t0 = now()
            article = try ArticleBuilder.build(bytes: bytes, knowledge: knowledge)
            times.append(now() - t0)
        }
        times.sort()
        print("model, \(bytes.count) bytes:    median \(ms(times[times.count / 2])) ms, min \(ms(times[0])) ms, "
            + "p10 \(ms(times[times.count / 10])) ms, p90 \(ms(times[times.count * 9 / 10])) ms over \(times.count) runs"
            + " (\(article.entities.count) entities, \(article.mentions.count) mentions, \(article.relations.count) relations)")
        guard scaleMB > 0 else { return }
        var big: [UInt8] = []
        big.reserveCapacity(scaleMB << 20 + bytes.count)
        while big.count < scaleMB << 20 { big += bytes; big += [0x0A, 0x0A] }
        var bigTimes: [Double] = []
        for _ in 0..<3 {
            t0 = now()
            article = try ArticleBuilder.build(bytes: big, knowledge: knowledge)
            bigTimes.append(now() - t0)
        }
        bigTimes.sort()
        let perMB = bigTimes[1] / (Double(big.count) / 1_048_576)
        print("model, \(big.count) bytes: median \(ms(bigTimes[1])) ms (\(ms(perMB)) ms per MB; small text: "
            + "\(ms(times[times.count / 2] / (Double(bytes.count) / 1_048_576))) ms per MB)")
    }

    /// CPU time of this thread: unlike wall time, not inflated when other processes share the machine.
    func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    func ms(_ s: Double) -> String { Graph.format3(s * 1000) }
}
