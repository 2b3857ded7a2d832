#if canImport(Glibc)
    import Glibc
#endif

/// How the C allocator grows the heap, in a process that runs one build and ends (`folio build`,
/// `folio check`; not the preview server, which runs for hours and should give memory back).
public enum ProcessHeap {
    /// glibc grows a thread's heap by what one request needs: some 24,000 `mprotect` calls in a
    /// 10,000-profile build, each holding the address-space lock that the other thread's page
    /// faults wait for. Asked to leave 64 MB of room each time it grows, it makes a few dozen.
    /// Room not written to takes no memory (peak RSS measured the same). It must be asked before
    /// the threads first allocate: a thread's heap is sized when it is made. (Setting it also
    /// keeps glibc's mmap threshold at 128 KB instead of raising it as large blocks are freed;
    /// the measured gain is with that.)
    public static func growInLargeSteps() {
        #if canImport(Glibc)
            // `mallopt` and M_TOP_PAD (-2) are declared in <malloc.h>, which Swift's Glibc module leaves out.
            typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
            _ = unsafeBitCast(symbol, to: MallOpt.self)(-2, 64 << 20)
        #endif
    }
}
