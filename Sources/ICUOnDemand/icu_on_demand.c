// The five ICU converter functions and two callbacks libxml2's archive calls, each forwarding to the
// system's libicuuc, which is opened on first use. libxml2 asks ICU only for an encoding glibc's iconv
// does not know, so an ordinary page never loads ICU and its 30 MB of data (about a millisecond of every
// process's start). Without libicuuc, such an encoding is reported unsupported, as libxml2 does anyway
// for one neither converter knows.
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include "ICUOnDemand.h"

#define ICU_STRING2(x) #x
#define ICU_STRING(x) ICU_STRING2(x)
// The versioned name the archive links against, e.g. "ucnv_open_72".
#define ICU_SYMBOL(name) ICU_STRING(name)

static struct {
    void *library;
    UConverter *(*open)(const char *, UErrorCode *);
    void (*close)(UConverter *);
    void (*convertEx)(UConverter *, UConverter *, char **, const char *, const char **, const char *, UChar *,
                      UChar **, UChar **, const UChar *, UBool, UBool, UErrorCode *);
    void (*setToUCallBack)(UConverter *, UConverterToUCallback, const void *, UConverterToUCallback *,
                           const void **, UErrorCode *);
    void (*setFromUCallBack)(UConverter *, UConverterFromUCallback, const void *, UConverterFromUCallback *,
                             const void **, UErrorCode *);
    UConverterToUCallback toUStop;
    UConverterFromUCallback fromUStop;
} icu;

static pthread_once_t icuOnce = PTHREAD_ONCE_INIT;

static void icuLoad(void) {
    void *lib = dlopen("libicuuc.so." ICU_STRING(U_ICU_VERSION_MAJOR_NUM), RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) return;
    icu.open = (UConverter *(*)(const char *, UErrorCode *))dlsym(lib, ICU_SYMBOL(ucnv_open));
    icu.close = (void (*)(UConverter *))dlsym(lib, ICU_SYMBOL(ucnv_close));
    *(void **)&icu.convertEx = dlsym(lib, ICU_SYMBOL(ucnv_convertEx));
    *(void **)&icu.setToUCallBack = dlsym(lib, ICU_SYMBOL(ucnv_setToUCallBack));
    *(void **)&icu.setFromUCallBack = dlsym(lib, ICU_SYMBOL(ucnv_setFromUCallBack));
    *(void **)&icu.toUStop = dlsym(lib, ICU_SYMBOL(UCNV_TO_U_CALLBACK_STOP));
    *(void **)&icu.fromUStop = dlsym(lib, ICU_SYMBOL(UCNV_FROM_U_CALLBACK_STOP));
    if (!icu.open || !icu.close || !icu.convertEx || !icu.setToUCallBack || !icu.setFromUCallBack ||
        !icu.toUStop || !icu.fromUStop) {
        dlclose(lib);
        icu.open = NULL;
        return;
    }
    icu.library = lib;
}

static int icuReady(void) {
    pthread_once(&icuOnce, icuLoad);
    return icu.library != NULL;
}

int dossier_icu_loaded(void) { return icu.library != NULL; }

UConverter *ucnv_open(const char *converterName, UErrorCode *err) {
    if (!icuReady()) {
        *err = U_UNSUPPORTED_ERROR;
        return NULL;
    }
    return icu.open(converterName, err);
}

void ucnv_close(UConverter *converter) {
    if (converter != NULL && icuReady()) icu.close(converter);
}

void ucnv_convertEx(UConverter *targetCnv, UConverter *sourceCnv, char **target, const char *targetLimit,
                    const char **source, const char *sourceLimit, UChar *pivotStart, UChar **pivotSource,
                    UChar **pivotTarget, const UChar *pivotLimit, UBool reset, UBool flush, UErrorCode *pErrorCode) {
    if (!icuReady()) {
        *pErrorCode = U_UNSUPPORTED_ERROR;
        return;
    }
    icu.convertEx(targetCnv, sourceCnv, target, targetLimit, source, sourceLimit, pivotStart, pivotSource,
                  pivotTarget, pivotLimit, reset, flush, pErrorCode);
}

// libxml2 passes these two callbacks by address; ICU calls them back here, and they call ICU's own.
void UCNV_TO_U_CALLBACK_STOP(const void *context, UConverterToUnicodeArgs *toUArgs, const char *codeUnits,
                             int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    if (icuReady()) icu.toUStop(context, toUArgs, codeUnits, length, reason, err);
}

void UCNV_FROM_U_CALLBACK_STOP(const void *context, UConverterFromUnicodeArgs *fromUArgs, const UChar *codeUnits,
                               int32_t length, UChar32 codePoint, UConverterCallbackReason reason, UErrorCode *err) {
    if (icuReady()) icu.fromUStop(context, fromUArgs, codeUnits, length, codePoint, reason, err);
}

void ucnv_setToUCallBack(UConverter *converter, UConverterToUCallback newAction, const void *newContext,
                         UConverterToUCallback *oldAction, const void **oldContext, UErrorCode *err) {
    if (!icuReady()) {
        *err = U_UNSUPPORTED_ERROR;
        return;
    }
    // The real STOP callback, not this file's forwarder: ICU compares against its own.
    if (newAction == UCNV_TO_U_CALLBACK_STOP) newAction = icu.toUStop;
    icu.setToUCallBack(converter, newAction, newContext, oldAction, oldContext, err);
}

void ucnv_setFromUCallBack(UConverter *converter, UConverterFromUCallback newAction, const void *newContext,
                           UConverterFromUCallback *oldAction, const void **oldContext, UErrorCode *err) {
    if (!icuReady()) {
        *err = U_UNSUPPORTED_ERROR;
        return;
    }
    if (newAction == UCNV_FROM_U_CALLBACK_STOP) newAction = icu.fromUStop;
    icu.setFromUCallBack(converter, newAction, newContext, oldAction, oldContext, err);
}
