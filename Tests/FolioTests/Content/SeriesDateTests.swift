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

    /// `YYYY-MM-DD` with zeros in front, and years past four digits written in full.
    @Test func datesAreWrittenWithFixedWidths() {
        #expect(SeriesDate(year: 7, month: 3, day: 9).description == "0007-03-09")
        #expect(SeriesDate(year: 9999, month: 12, day: 31).description == "9999-12-31")
        #expect(SeriesDate(year: 10_000, month: 1, day: 2).description == "10000-01-02")
        #expect(SeriesDate(year: 1987, month: 10, day: 20).rfc3339 == "1987-10-20T00:00:00Z")
    }

    @Test(arguments: [
        "1900-02-29", "2021-02-29", "2020-04-31", "2020-13-01", "2020-00-10", "2020-12-00", "2020-1-01",
        "20-12-2020", "2020/12/12", "2020-12-1x", "２０２０-12-12", "2020-12-12T00:00", "", "yesterday",
    ])
    func textsThatAreNoDate(text: String) {
        #expect(SeriesDate(text) == nil)
    }
}
