import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores, keeping order. Used for reading, parsing and rendering files.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let box = UncheckedBuffer(buffer: results)
        self.withUnsafeBufferPointer { input in
            let source = UncheckedInput(buffer: input)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                box.buffer[index] = transform(source.buffer[index])
            }
        }
        // Moved, not copied, into the array: no retain and release per result.
        return [T](unsafeUninitializedCapacity: count) { array, initialized in
            for index in 0..<count { (array.baseAddress! + index).initialize(to: results.moveElement(from: index)!) }
            initialized = count
        }
    }
}

extension Array where Element: Sendable {
    /// Sets the elements at `indices` (each at most once) on all cores.
    mutating func parallelFill<T: Sendable>(_ indices: [Int], _ make: @Sendable (Int) -> T) where Element == T? {
        if indices.count < 2 {
            for index in indices { self[index] = make(index) }
            return
        }
        withUnsafeMutableBufferPointer { slots in
            let box = UncheckedBuffer(buffer: slots)
            DispatchQueue.concurrentPerform(iterations: indices.count) { position in
                let index = indices[position]
                box.buffer[index] = make(index)
            }
        }
    }
}

/// Each iteration writes only its own index, so sharing the buffer is safe.
private struct UncheckedBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
}

private struct UncheckedInput<T>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<T>
}

/// Runs `first` and `second` at the same time (one on this thread, one on another core) and
/// returns both results.
func inParallel<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let results = UnsafeMutableBufferPointer<(A?, B?)>.allocate(capacity: 1)
    results.initialize(repeating: (nil, nil))
    defer { results.deallocate() }
    let box = UncheckedPair(buffer: results)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { box.buffer[0].0 = first() } else { box.buffer[0].1 = second() }
    }
    let (a, b) = results.moveElement(from: 0)
    return (a!, b!)
}

/// The two sides write different members of one pair, each once.
private struct UncheckedPair<A, B>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<(A?, B?)>
}
