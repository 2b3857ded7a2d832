import Testing

@testable import Folio

@Suite struct SiteBuildTests {
    /// Only a build that says its process ends with it (`folio build`, `folio check`) keeps its
    /// values to the end; a build that does not say so frees them. (The preview server does not
    /// call `run` at all: it rebuilds through `make`.)
    @Test func onlyABuildWhoseProcessEndsKeepsItsValues() {
        let site = TestSite(["Content/people/jane-hart.md": TestSite.profile("Jane Hart", number: 1)])
        let before = KeptUntilExit.count
        #expect(site.build().succeeded)
        #expect(KeptUntilExit.count == before)
        var options = BuildOptions(siteRoot: site.root)
        options.processEndsAfter = true
        #expect(SiteBuild.run(options).succeeded)
        #expect(KeptUntilExit.count == before + 2)  // the link check's values, then the files
        #expect(site.read("people/jane-hart/index.html")?.contains("Jane Hart") == true)
    }
}
