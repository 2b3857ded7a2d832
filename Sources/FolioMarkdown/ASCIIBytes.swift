/// Whether every byte is below 0x80 (in UTF-8: the text is ASCII), read eight bytes at a time.
func allASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var index = 0
    var high: UInt64 = 0
    while index + 8 <= bytes.count {
        high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        index += 8
    }
    while index < bytes.count {
        high |= UInt64(base[index])
        index += 1
    }
    return high & 0x8080_8080_8080_8080 == 0
}
