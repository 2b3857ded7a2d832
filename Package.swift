// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "Folio", targets: ["Folio"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev). Only FolioMarkdown imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // One system call (atomic folder exchange) that Swift's Glibc module lacks.
        .systemLibrary(name: "CFolioSystem"),
        // An arena allocator for cmark (C: cmark's allocator is a table of C functions).
        .target(name: "CCmarkArena", dependencies: ["CCmark"]),
        // The one pass over every node of a body (C: per node, Swift's calls cost more than cmark's parse).
        .target(name: "CCmarkScan", dependencies: ["CCmark"]),
        .target(name: "FolioMarkdown", dependencies: ["CCmark", "CCmarkArena", "CCmarkScan"]),
        // Mustache templates parsed once and rendered against typed values, straight into bytes.
        .target(name: "FolioMustache"),
        .target(
            name: "Folio",
            dependencies: [
                "FolioMarkdown",
                "FolioMustache",
                "CFolioSystem",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "FolioServer",
            dependencies: [
                "Folio",
                "CFolioSystem",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "folio",
            dependencies: [
                "Folio",
                "FolioServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz target: the pipeline from a content file's bytes to pages (Tests/Fuzz/run.sh).
        .executableTarget(name: "FolioFuzz", dependencies: ["Folio"]),
        .testTarget(name: "FolioMarkdownTests", dependencies: ["FolioMarkdown", "CCmarkScan"]),
        // swift-mustache is the reference the template engine is compared with.
        .testTarget(
            name: "FolioMustacheTests",
            dependencies: ["FolioMustache", "Folio", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .testTarget(name: "FolioServerTests", dependencies: ["FolioServer", "Folio"]),
        .testTarget(
            name: "FolioTests",
            // Yams: the reference the plain front-matter reader is compared with.
            dependencies: ["Folio", "FolioMarkdown", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"]
        ),
    ]
)
