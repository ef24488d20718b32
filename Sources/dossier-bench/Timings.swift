/// Order statistics of a set of timings (seconds).
struct Timings {
    private(set) var sorted: [Double]
    init(_ values: [Double]) { sorted = values.sorted() }
    func quantile(_ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let i = min(sorted.count - 1, max(0, Int((q * Double(sorted.count - 1)).rounded())))
        return sorted[i]
    }
    var median: Double { quantile(0.5) }
    var p99: Double { quantile(0.99) }
    /// Interquartile spread relative to the median, e.g. 0.04 for ±4 %.
    var spread: Double { median > 0 ? (quantile(0.75) - quantile(0.25)) / median : 0 }
}

/// Milliseconds with three decimals.
func ms(_ seconds: Double) -> String {
    let v = (seconds * 1_000_000).rounded() / 1000
    var s = String(v)
    if let dot = s.firstIndex(of: ".") {
        let decimals = s.distance(from: dot, to: s.endIndex) - 1
        s += String(repeating: "0", count: max(0, 3 - decimals))
    }
    return s
}
