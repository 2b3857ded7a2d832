import Foundation

/// libFuzzer's entry: each input it makes goes through the whole pipeline.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzInput.run(Data(bytes: bytes, count: count))
    return 0
}

#if !FOLIO_LIBFUZZER
    /// Built normally, `folio-fuzz FILE...` runs the given inputs (to replay what the fuzzer
    /// found); built for libFuzzer (`Tests/Fuzz/run.sh`), libFuzzer's own `main` drives it.
    @main
    enum FuzzCommand {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("cannot read \(path)")
                    exit(1)
                }
                FuzzInput.run(data)
                print("ok: \(path)")
            }
        }
    }
#endif
