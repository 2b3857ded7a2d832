import Testing

@testable import Folio

@Suite struct SiteBuildTests {
    /// Only a build whose process ends with it (`folio build`) keeps its values to the end; any
    /// other (the preview server's, the tests') frees them, or a long-running process would grow.
    @Test func onlyABuildWhoseProcessEndsKeepsItsValues() {
        let site = TestSite(["Content/people/jane-hart.md": TestSite.profile("Jane Hart", number: 1)])
        let before = KeptUntilExit.count
        #expect(site.build().succeeded)
        #expect(KeptUntilExit.count == before)
        var options = BuildOptions(siteRoot: site.root)
        options.processEndsAfter = true
        #expect(SiteBuild.run(options).succeeded)
        #expect(KeptUntilExit.count == before + 1)
        #expect(site.read("people/jane-hart/index.html")?.contains("Jane Hart") == true)
    }
}
