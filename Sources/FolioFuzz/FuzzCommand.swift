import Foundation

/// `folio-fuzz`: built for libFuzzer (`Tests/Fuzz/run.sh`, with `-DFOLIO_LIBFUZZER`), it hands
/// libFuzzer's options to its driver, which feeds each input it makes to the pipeline; built
/// normally, `FolioFuzz FILE...` runs the given inputs, to replay what the fuzzer found.
@main
enum FuzzCommand {
    static func main() {
        #if FOLIO_LIBFUZZER
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("cannot read \(path)")
                    exit(1)
                }
                FuzzInput.run(data)
                print("ok: \(path)")
            }
        #endif
    }
}

/// Each input libFuzzer makes goes through the whole pipeline. (Exported under libFuzzer's name
/// too: its runtime refers to it.)
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzInput.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

#if FOLIO_LIBFUZZER
    /// libFuzzer's driver, for programs that have a `main` of their own.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif
