import Foundation
import Testing

@testable import Folio

@Suite struct UTF8CheckTests {
    func problem(_ bytes: [UInt8]) -> UTF8Check.Problem? {
        bytes.withUnsafeBufferPointer { UTF8Check.firstProblem(in: $0) }
    }

    @Test func findsNULAndBadSequencesWhereTheyStart() {
        #expect(problem(Array("plain ASCII text, longer than eight bytes".utf8)) == nil)
        #expect(problem(Array("Zoë, Ünal, 東京, 😀".utf8)) == nil)
        #expect(problem(Array("abcdefghij\0k".utf8)) == UTF8Check.Problem(offset: 10, isNUL: true))
        #expect(problem([0x61, 0xC0, 0x80]) == UTF8Check.Problem(offset: 1, isNUL: false))  // overlong NUL
        #expect(problem([0xED, 0xA0, 0x80]) == UTF8Check.Problem(offset: 0, isNUL: false))  // a surrogate
        #expect(problem([0xF4, 0x90, 0x80, 0x80]) == UTF8Check.Problem(offset: 0, isNUL: false))  // > U+10FFFF
        #expect(problem(Array("12345678".utf8) + [0xE2, 0x82]) == UTF8Check.Problem(offset: 8, isNUL: false))
    }

    /// The verdict agrees with the standard library's decoder on random bytes, mostly ASCII
    /// with a few high bytes and NULs, at every length and alignment.
    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var random = SeededGenerator(state: 7)
        let high: [UInt8] = [0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xA0, 0xED, 0x9F, 0xEF, 0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...24, using: &random)
            let bytes: [UInt8] = (0..<length).map { _ in
                switch Int.random(in: 0..<20, using: &random) {
                case 0...2: return high.randomElement(using: &random)!
                case 3: return Bool.random(using: &random) ? 0 : 0x7F
                default: return UInt8.random(in: 0x20...0x7E, using: &random)
                }
            }
            let found = problem(bytes)
            let valid = String(validating: bytes, as: UTF8.self) != nil && !bytes.contains(0)
            #expect((found == nil) == valid, "\(bytes)")
            if let found {
                // Everything before the problem is valid text without a NUL.
                let before = Array(bytes[..<found.offset])
                #expect(String(validating: before, as: UTF8.self) != nil && !before.contains(0), "\(bytes)")
                #expect(found.isNUL == (bytes[found.offset] == 0), "\(bytes)")
            }
        }
    }
}
