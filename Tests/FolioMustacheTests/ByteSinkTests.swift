import Testing

@testable import FolioMustache

/// The renderer's output buffer: what goes in comes out, in order, across every growth.
@Suite struct ByteSinkTests {
    @Test func bytesComeOutAsAppendedAcrossGrowth() {
        var random = ReferenceComparisonTests.SeededGenerator(state: 21)
        var sink = ByteSink(capacity: 1)
        var expected: [UInt8] = []
        for _ in 0..<2_000 {
            if Bool.random(using: &random) {
                let byte = UInt8.random(in: 0...255, using: &random)
                sink.append(byte)
                expected.append(byte)
            } else {
                let piece = (0..<Int.random(in: 0..<300, using: &random)).map { _ in
                    UInt8.random(in: 0...255, using: &random)
                }
                piece.withUnsafeBufferPointer { sink.append($0) }
                expected += piece
            }
        }
        #expect(sink.count == expected.count)
        #expect(sink.withBytes { Array($0) } == expected)
        #expect(sink.withBytes { Array($0) } == expected)  // reading does not use them up
    }

    /// A long list page: megabytes, in pieces from one byte to 300 KB, so that the buffer is
    /// grown both inside the heap and as a block the C allocator maps on its own.
    @Test func megabytesComeOutAsAppended() {
        var random = ReferenceComparisonTests.SeededGenerator(state: 5)
        var sink = ByteSink(capacity: 16_384)
        var expected: [UInt8] = []
        while expected.count < 6_000_000 {
            let length =
                Bool.random(using: &random)
                ? Int.random(in: 1..<200, using: &random) : Int.random(in: 100_000..<300_000, using: &random)
            let piece = [UInt8](repeating: UInt8.random(in: 0...255, using: &random), count: length)
            piece.withUnsafeBufferPointer { sink.append($0) }
            expected += piece
        }
        #expect(sink.count == expected.count)
        #expect(sink.withBytes { Array($0) } == expected)
    }
}
