// swift-tools-version: 6.0
import PackageDescription

// SQLite, ncurses, cmark-gfm, libxml2 and zlib are linked from the static archives their Debian -dev
// packages ship: a process then does not load and bind their shared libraries at start (PERFORMANCE.md),
// and a release build runs on a machine that lacks them. libxml2's ICU fallback is loaded on demand
// (ICUOnDemand).
func staticArchives(_ names: String...) -> [LinkerSetting] {
    [.unsafeFlags(names.flatMap { ["-Xlinker", "-l:lib\($0).a"] })]
}

/// Where libxml2's headers are, for every target that sees the CLibXML2 module.
let libxml2Headers: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]

let package = Package(
    name: "Dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "ArticleModel", targets: ["ArticleModel"]),
        .library(name: "Explorer", targets: ["Explorer"]),
    ],
    targets: [
        // The default article and general knowledge (countries, organisations, honorifics), compiled
        // into the executable as Swift source by the EmbedContent plugin: the binary is one file.
        .target(
            name: "Content",
            path: "Content",
            exclude: ["understanding-the-chinese-russian-alliance.txt", "knowledge"],
            plugins: ["EmbedContent"]
        ),
        // Writes the content files as string literals; run by the plugin at build time.
        .executableTarget(name: "ContentGenerator"),
        .plugin(name: "EmbedContent", capability: .buildTool(), dependencies: ["ContentGenerator"]),
        // The immutable Article value and everything that builds it. No terminal, no I/O beyond bytes.
        .target(
            name: "ArticleModel",
            dependencies: ["CLibXML2", "CDeflate", "CGzip", "CCmarkGFM", "ICUOnDemand"],
            swiftSettings: libxml2Headers,
            linkerSettings: staticArchives("cmark-gfm-extensions", "cmark-gfm", "xml2", "lzma", "z", "deflate")
                + [.linkedLibrary("m")],
            plugins: ["EmbedContent"]
        ),
        // Parsers for the markup formats: libxml2's HTML parser, libdeflate for gzip and EPUB's zip entries
        // (zlib for their checksums), cmark-gfm for Markdown. (No pkgConfig for libxml2: it would link the shared library.)
        .systemLibrary(name: "CLibXML2", providers: [.apt(["libxml2-dev", "liblzma-dev"])]),
        // ICU's converters for libxml2's archive, opened from the system's ICU the first time a page needs one.
        .target(name: "ICUOnDemand"),
        .systemLibrary(name: "CGzip", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CDeflate", providers: [.apt(["libdeflate-dev"])]),
        .systemLibrary(name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // The terminal system library: ncursesw through a shim header (see GUIDE section 3). No
        // pkgConfig: its .pc flags are ones SwiftPM prohibits (a warning on every build), and the
        // header and library are on the default paths where libncurses-dev installs them.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The explorer's state, actions, reducer, layout and rendering into a cell grid. Pure: no terminal.
        .target(name: "Explorer", dependencies: ["ArticleModel"]),
        // Places remembered between runs (reading position, marks, jump list, theme, text width) in SQLite,
        // through its C API and a small wrapper. Pure values in, pure values out: the explorer never sees
        // the database.
        .target(name: "StateStore", dependencies: ["CSQLite"], linkerSettings: staticArchives("sqlite3")),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // Process-wide facilities both executables share: the allocator policy, the monotonic clock and
        // memory figures.
        .target(name: "ProcessSupport", dependencies: ["CNcurses"], linkerSettings: staticArchives("ncursesw", "tinfo")),
        // The terminal: run loop, input decoder (bytes to keys, pastes and mouse reports), signals, and
        // the painter that copies a `Screen` to ncurses. The only code that touches the tty.
        .target(name: "TerminalIO", dependencies: ["ArticleModel", "Explorer", "CNcurses", "ProcessSupport"]),
        // The command line's parser and help: no runtime reflection, so a process starts at once.
        .target(name: "ArgumentParsing"),
        // The command line and nothing else.
        .executableTarget(
            name: "dossier",
            dependencies: [
                "ArticleModel",
                "Explorer",
                "TerminalIO",
                "ProcessSupport",
                "CNcurses",
                "Content",
                "StateStore",
                "ArgumentParsing",
            ]
        ),
        // Benchmarks, out of the product: `swift run -c release dossier-bench model|explore|state [FILE]`.
        .executableTarget(
            name: "dossier-bench",
            dependencies: [
                "ArticleModel",
                "Explorer",
                "TerminalIO",
                "ProcessSupport",
                "Content",
                "StateStore",
                "ArgumentParsing",
            ]
        ),
        // What every test target shares: one seeded random generator, one way to find a built binary.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "ArticleModelTests",
            dependencies: ["ArticleModel", "Content", "TestSupport", "CGzip"]
        ),
        .testTarget(
            name: "ExplorerTests",
            dependencies: ["Explorer", "ArticleModel", "Content", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        // The state database in a temporary directory: migration, round trip, damaged, locked, newer.
        .testTarget(
            name: "StateStoreTests",
            dependencies: ["StateStore", "TestSupport"]
        ),
        // The input decoder on byte strings, no terminal needed.
        .testTarget(
            name: "TerminalIOTests",
            dependencies: ["TerminalIO", "Explorer", "TestSupport"]
        ),
        // Runs the built `dossier` binary: output, JSON shapes and exit codes for bad input.
        .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
        .testTarget(
            name: "DossierCLITests",
            dependencies: ["dossier", "dossier-bench", "Content", "TestSupport", "StateStore"]
        ),
        // Drives the built `dossier` binary in tmux as a person would: keys, pastes, resizes, signals.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["dossier", "Explorer", "ArticleModel", "Content", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target (fuzz/run) exists only when DOSSIER_FUZZ is set: it has no main of its own
// (libFuzzer provides it) so it must not be part of an ordinary build.
if Context.environment["DOSSIER_FUZZ"] != nil {
    // The fuzzing build links every executable with libFuzzer's main, so the build-time generator cannot
    // run there: no target uses it, and search folds without the decomposition table.
    for target in package.targets where target.name == "ArticleModel" || target.name == "Content" { target.plugins = [] }
    package.targets.first { $0.name == "ArticleModel" }?.swiftSettings = libxml2Headers + [.define("DOSSIER_FUZZ")]
    package.targets.append(.executableTarget(
        name: "DossierFuzz",
        dependencies: ["ArticleModel"],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ))
}
