/// The last good build, as the preview server keeps it between builds: enough to patch it
/// when an edit leaves the site's structure as it was.
struct LastBuild: Sendable {
    /// `SiteBuild.structureKey` of the build.
    var structure: Int
    var site: Site
    var settings: ParseSettings
    /// Every file of the site, in the build's order.
    var files: [OutputFile]
    var report: BuildReport
    /// Made on the first patch and kept while the structure is the same.
    var indexes: Indexes?

    /// Lookups a patch needs; they depend only on the structure.
    struct Indexes: Sendable {
        /// Output path -> index in `files`.
        var fileIndex: [String: Int]
        /// Content path of a published profile -> its position in the series.
        var position: [String: Int]
        /// Per position: the people whose page lists that person under "Mentioned in".
        var readers: [[Int]]

        init(site: Site, files: [OutputFile]) {
            fileIndex = Dictionary(minimumCapacity: files.count)
            for (index, file) in files.enumerated() { fileIndex[file.path] = index }
            position = Dictionary(minimumCapacity: site.people.count)
            readers = Array(repeating: [], count: site.people.count)
            for person in site.people {
                position[person.profile.file.contentPath] = person.position
                for mentioner in person.mentionedIn { readers[mentioner].append(person.position) }
            }
        }
    }
}
