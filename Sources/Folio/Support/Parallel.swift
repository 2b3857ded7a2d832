import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores, keeping order. Used for reading, parsing and rendering files.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let box = UncheckedBuffer(buffer: results)
        self.withUnsafeBufferPointer { input in
            let source = UncheckedInput(buffer: input)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                box.buffer[index] = transform(source.buffer[index])
            }
        }
        return results.map { $0! }
    }
}

/// Each iteration writes only its own index, so sharing the buffer is safe.
private struct UncheckedBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
}

private struct UncheckedInput<T>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<T>
}
