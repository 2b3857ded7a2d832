import Testing

@testable import Folio

@Suite struct SeriesDateTests {
    @Test(arguments: [
        ("2020-12-12", "2020-12-12"), ("2000-02-29", "2000-02-29"), ("0001-01-01", "0001-01-01"),
        (" 2020-12-12 ", "2020-12-12"),
    ])
    func datesThatAreRead(text: String, expected: String) {
        #expect(SeriesDate(text)?.description == expected)
    }

    @Test(arguments: [
        "1900-02-29", "2021-02-29", "2020-04-31", "2020-13-01", "2020-00-10", "2020-12-00", "2020-1-01",
        "20-12-2020", "2020/12/12", "2020-12-1x", "２０２０-12-12", "2020-12-12T00:00", "", "yesterday",
    ])
    func textsThatAreNoDate(text: String) {
        #expect(SeriesDate(text) == nil)
    }
}
