// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "ArticleModel", targets: ["ArticleModel"]),
        .library(name: "Explorer", targets: ["Explorer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // The default article and general knowledge (countries, organisations, honorifics) as resources.
        .target(
            name: "Content",
            path: "Content",
            resources: [
                .copy("understanding-the-chinese-russian-alliance.txt"),
                .copy("knowledge"),
            ]
        ),
        // The immutable Article value and everything that builds it. No terminal, no I/O beyond bytes.
        .target(name: "ArticleModel", dependencies: ["CLibXML2", "CGzip", "CCmarkGFM", "ZIPFoundation"]),
        // Parsers for the markup formats: libxml2's HTML parser, zlib for gzip, cmark-gfm for Markdown
        // (EPUB's zip through ZIPFoundation).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CGzip", providers: [.apt(["zlib1g-dev"])]),
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
        .executableTarget(
            name: "dossier",
            dependencies: [
                "ArticleModel",
                "Explorer",
                "CNcurses",
                "Content",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ArticleModelTests",
            dependencies: ["ArticleModel", "Content", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "ExplorerTests",
            dependencies: ["Explorer", "ArticleModel", "Content", "dossier"],
            exclude: ["__Snapshots__"]
        ),
        // Runs the built `dossier` binary: output, JSON shapes and exit codes for bad input.
        .testTarget(
            name: "DossierCLITests",
            dependencies: ["dossier"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target (fuzz/run) exists only when DOSSIER_FUZZ is set: it has no main of its own
// (libFuzzer provides it) so it must not be part of an ordinary build.
if Context.environment["DOSSIER_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "DossierFuzz",
        dependencies: ["ArticleModel"],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ))
}
