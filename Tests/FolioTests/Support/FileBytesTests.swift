import Foundation
import Testing

@testable import Folio

@Suite struct FileBytesTests {
    @Test func readsWholeFilesOfAnySize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-bytes-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SeededGenerator(state: 5)
        for size in [0, 1, 4095, 4096, 4097, 100_000] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
            let file = folder.appendingPathComponent("f\(size)")
            try Data(bytes).write(to: file)
            #expect(FileBytes.readBytes(file.path) == bytes)
            #expect(FileBytes.read(file.path) == Data(bytes))
            #expect(FileBytes.holds(file.path, exactly: bytes) == true)
            #expect(FileBytes.holds(file.path, exactly: bytes + [0]) == false)
            if size > 0 {
                var changed = bytes
                changed[size / 2] ^= 1
                #expect(FileBytes.holds(file.path, exactly: changed) == false)
            }
        }
        #expect(FileBytes.readBytes(folder.path) == nil)
        #expect(FileBytes.readBytes(folder.appendingPathComponent("missing").path) == nil)
        #expect(Set(FileBytes.listFiles(under: folder.path)) == ["f0", "f1", "f4095", "f4096", "f4097", "f100000"])
    }

    /// A file that holds more than its size says (as files in /proc do, or one that grows while
    /// it is read) is read to its end.
    @Test func readsPastTheSizeItWasGiven() throws {
        #if os(Linux)
            let bytes = try #require(FileBytes.readBytes("/proc/self/maps"))
            #expect(bytes.count > 4096)
            #expect(String(decoding: bytes, as: UTF8.self).contains("\n"))
        #endif
    }

    /// Folder listings come in the order of the names' `<`, whether sorted on their bytes (all
    /// ASCII) or as text: random names sharing long beginnings, of every length, some not ASCII.
    @Test func listingsAreInNameOrder() {
        var random = SeededGenerator(state: 17)
        let pieces = ["p0000", "p000", "a", "B", "-", ".md", "1", "10", "9", "ab", "abcdefgh", "Z", "é", "e\u{301}"]
        for round in 0..<300 {
            var names: Set<String> = []
            for _ in 0..<Int.random(in: 0...40, using: &random) {
                let parts = (0..<Int.random(in: 1...5, using: &random)).map { _ in
                    pieces[Int.random(in: 0..<(round % 2 == 0 ? 11 : pieces.count), using: &random)]
                }
                names.insert(parts.joined())
            }
            let entries = names.shuffled(using: &random).map { (name: $0, kind: FileBytes.EntryKind.file) }
            #expect(FileBytes.sortedByName(entries).map(\.name) == entries.map(\.name).sorted())
        }
    }
}
