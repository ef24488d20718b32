// swift-tools-version: 6.0
// A libFuzzer target over the whole model pipeline. Built only by fuzz/run (with
// --sanitize=fuzzer --sanitize=address), never by the main package's `swift build`.
import PackageDescription

let package = Package(
    name: "DossierFuzz",
    dependencies: [.package(name: "Dossier", path: "..")],
    targets: [
        .executableTarget(
            name: "DossierFuzz",
            dependencies: [.product(name: "ArticleModel", package: "Dossier")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
