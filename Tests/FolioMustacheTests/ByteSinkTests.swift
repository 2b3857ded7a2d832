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
}
