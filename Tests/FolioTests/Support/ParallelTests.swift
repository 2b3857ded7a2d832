import Dispatch
import Foundation
import Testing

@testable import Folio

@Suite struct ParallelTests {
    @Test func inParallelReturnsBothResults() {
        let (text, numbers) = inParallel({ String(repeating: "a", count: 3) }, { (1...4).map { $0 * $0 } })
        #expect(text == "aaa")
        #expect(numbers == [1, 4, 9, 16])
    }

    /// The two sides run at the same time: each waits for the other's signal, which one after
    /// the other would never get (the wait gives up after ten seconds and says so).
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount >= 2))
    func inParallelRunsBothSidesAtOnce() {
        let first = DispatchSemaphore(value: 0)
        let second = DispatchSemaphore(value: 0)
        let (a, b) = inParallel(
            {
                first.signal()
                return second.wait(timeout: .now() + 10) == .success
            },
            {
                second.signal()
                return first.wait(timeout: .now() + 10) == .success
            })
        #expect(a && b)
    }

    @Test func parallelMapKeepsOrder() {
        let input = Array(0..<1000)
        #expect(input.parallelMap { $0 * 3 } == input.map { $0 * 3 })
    }
}
