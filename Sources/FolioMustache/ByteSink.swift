#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes a render writes, in memory of its own: an append is a capacity check and a copy.
/// (`[UInt8].append(contentsOf:)` costs about a hundred instructions a call, and a page is
/// written in hundreds of pieces of a few bytes.) Lent at the end where it lies, to be copied
/// into an array of the exact size or written to a file without a copy.
///
/// It grows by `realloc`, which enlarges the block where it lies when it can (into free heap
/// after it, or by `mremap` for a block mapped on its own) instead of always copying the bytes
/// written so far into new memory: a long list page doubles its buffer some ten times (the series
/// page of 100,000 profiles is 26 MB).
struct ByteSink: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = Self.reallocate(nil, to: self.capacity)
    }

    deinit { free(base) }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if capacity - count < bytes.count { grow(toHold: count + bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        (base + count).initialize(to: byte)
        count += 1
    }

    /// The bytes written, where they lie (valid only inside `body`).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        base = Self.reallocate(base, to: newCapacity)
        capacity = newCapacity
    }

    /// `realloc` that stops the program when memory runs out, as Swift's own allocations do.
    private static func reallocate(_ old: UnsafeMutablePointer<UInt8>?, to size: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = realloc(old, size) else { fatalError("out of memory: \(size) bytes for a page") }
        return memory.bindMemory(to: UInt8.self, capacity: size)
    }
}
