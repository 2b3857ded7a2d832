import Foundation

/// What `folio build` and `folio check` were asked to do.
public struct BuildOptions: Sendable {
    /// The folder holding `Content/` (and optionally `Templates/`).
    public var siteRoot: URL
    /// Default: `<siteRoot>/Output`.
    public var output: URL
    public var includeDrafts: Bool
    /// Replaces `base_url` from `site.yml`.
    public var baseURL: String?
    /// False for `folio check`: everything is built in memory, nothing is written.
    public var write: Bool
    /// Renders every page before writing any (normally each page is rendered as it is written,
    /// so that no page stays in memory): the stages can then be timed apart (`--timings`).
    public var renderBeforeWriting = false
    /// For a command whose process ends with the build (`folio build`, `folio check`): the site's values are
    /// not freed one by one at the end, which for 10,000 profiles took about 0.07 s (measured).
    public var processEndsAfter = false
    /// URLs in one sitemap file before `sitemap.xml` becomes an index of several (`Sitemap`):
    /// the protocol's 50,000; tests lower it to build a split sitemap from a small site.
    var sitemapLimit = Sitemap.urlsPerFile

    public init(
        siteRoot: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil, write: Bool = true
    ) {
        self.siteRoot = siteRoot.standardizedFileURL
        self.output = (output ?? siteRoot.appendingPathComponent("Output")).standardizedFileURL
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.write = write
    }
}

/// What a build did: its diagnostics, its counts and its time.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticLog
    public var profileCount = 0
    public var topicCount = 0
    public var pageCount = 0
    public var fileCount = 0
    public var seconds: Double = 0
    /// The path every link of the site starts with (`/` or the path of `base_url`).
    public var basePath = "/"
    public var output: OutputWriter.Result?
    /// Per-stage wall times, in pipeline order.
    public var timings: [(stage: String, seconds: Double)] = []

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// "Built 1,063 pages from 1,000 profiles and 60 topics in 0.84 s -> Output/"
    public func summary(outputName: String) -> String {
        let time = String(format: "%.2f", seconds)
        let verb = output == nil ? "Checked" : "Built"
        var line =
            "\(verb) \(pageCount.grouped) pages from \(profileCount.grouped) profiles and \(topicCount.grouped) topics in \(time) s"
        if let output {
            line += " -> \(outputName)"
            line +=
                output.untouched
                ? " (nothing changed)"
                : " (\(output.written.grouped) written, \(output.unchanged.grouped) unchanged, \(output.removed.grouped) removed)"
        }
        return line
    }
}
