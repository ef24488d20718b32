#if canImport(Glibc)
import Glibc
#endif

/// DOSSIER_TEST_TRAP, which exists only for the end-to-end tests of a Swift runtime trap: any value
/// traps on the main thread after the first frame; `background` traps in the background build of a big
/// text instead. Not a user setting.
enum TestTrap {
    case foreground, background

    static var requested: TestTrap? {
        guard let value = getenv("DOSSIER_TEST_TRAP") else { return nil }
        return String(cString: value) == "background" ? .background : .foreground
    }
}
