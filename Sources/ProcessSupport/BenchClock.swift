#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if os(Linux)
/// glibc's `malloc_trim`, which the Glibc module does not export.
@_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// Monotonic time and process memory: the explorer's start-up note and the benchmarks.
public enum BenchClock {
    /// Nanoseconds on the monotonic clock.
    public static func nanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Seconds on the monotonic clock.
    public static func now() -> Double { Double(nanos()) / 1e9 }

    /// Peak resident set size of this process so far, in bytes.
    public static func peakRSS() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Int(usage.ru_maxrss) * 1024
    }

    /// Starts a new peak: returns freed heap memory to the system and resets the kernel's high-water
    /// mark of this process (Linux: `/proc/self/clear_refs`), so that `peakSinceMark()` measures what
    /// follows. Returns false where that is not possible (the peak then counts from process start).
    @discardableResult
    public static func markPeak() -> Bool {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        guard let f = fopen("/proc/self/clear_refs", "w") else { return false }
        defer { fclose(f) }
        return fputs("5", f) >= 0
        #else
        return false
        #endif
    }

    /// Peak resident set size since `markPeak()` (Linux `VmHWM`), else since the process started.
    public static func peakSinceMark() -> Int {
        if let status = LocalFiles.contents("/proc/self/status").map({ String(decoding: $0, as: UTF8.self) }),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kb = Int(line.dropFirst(6).split(separator: " ").first ?? "") {
            return kb * 1024
        }
        return peakRSS()
    }

    /// Current resident set size, in bytes (from /proc; 0 where unavailable).
    public static func currentRSS() -> Int {
        guard let statm = LocalFiles.contents("/proc/self/statm").map({ String(decoding: $0, as: UTF8.self) }) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
