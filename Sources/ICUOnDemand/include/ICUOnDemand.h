// libxml2 is linked from its static archive; its ICU converters (a fallback for encodings glibc's iconv
// lacks) come from this target, which loads ICU only when such an encoding is met.

/// Whether ICU has been loaded in this process (for tests: an ordinary page never loads it).
int dossier_icu_loaded(void);
