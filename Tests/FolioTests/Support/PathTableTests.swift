import Testing

@testable import Folio

/// The table the output plan finds paths in: a hash narrows the search, the caller's comparison decides.
@Suite struct PathTableTests {
    @Test func entriesOfOneHashAreToldApartByTheComparison() {
        let names = ["a", "b", "c", "d"]
        var table = PathTable(count: 2)
        for index in names.indices { table.insert(index, hash: 42) }  // every entry the same hash
        table.insert(9, hash: 7)
        #expect(table.first(hash: 42, where: { $0 < names.count && names[$0] == "c" }) == 2)
        #expect(table.first(hash: 42, where: { _ in false }) == nil)
        #expect(table.first(hash: 43, where: { _ in true }) == nil)
        #expect(table.greatest(hash: 42, where: { $0 != 3 }) == 2)
        #expect(table.greatest(hash: 7, where: { _ in true }) == 9)
    }

    @Test func theTableGrowsAndKeepsEveryEntry() {
        var table = PathTable(count: 1)
        for index in 0..<1_000 { table.insert(index, hash: UInt64(index % 37)) }
        for index in 0..<1_000 {
            #expect(table.first(hash: UInt64(index % 37), where: { $0 == index }) == index)
        }
        #expect(table.greatest(hash: 5, where: { _ in true }) == 967)  // 37 * 26 + 5: the last below 1,000
    }

    @Test func aPathsHashIsBuiltUpByteByByte() {
        var hash = PathHash()
        for byte in "people/".utf8 { hash.add(byte) }
        #expect(hash.value == PathHash.of("people/"))
        #expect(PathHash.of("people/a") != PathHash.of("people/b"))
        #expect(PathHash.of("") == PathHash().value)
    }
}
