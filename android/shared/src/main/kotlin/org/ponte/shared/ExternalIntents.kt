package org.ponte.shared

import java.net.URI
import java.net.URISyntaxException
import org.ponte.core.ExternalKind

/**
 * An Android intent, described with plain strings so it is built and tested without Android:
 * the shell turns it into `Intent(action, Uri.parse(data))`, adds the categories and, when
 * `packageName` is set, `setPackage`. If no activity answers with the package, the shell
 * tries [withoutPackage] (WhatsApp not installed: the browser opens wa.me).
 */
data class ExternalIntent(
    val action: String,
    val data: String,
    val packageName: String? = null,
    val categories: Set<String> = emptySet(),
) {
    fun withoutPackage(): ExternalIntent? = if (packageName == null) null else copy(packageName = null)
}

/** Why a link was refused. Never shown as such: the shell does not open anything. */
enum class RefusalReason {
    /** The scheme is not the one for its kind (`javascript:`, `file:`, `http:` …). */
    WRONG_SCHEME,
    /** The scheme is right but what follows is not a phone number, an address, a place. */
    MALFORMED,
    /** Longer than any real link. */
    TOO_LONG,
}

sealed class ExternalIntentResult {
    data class Open(val intent: ExternalIntent) : ExternalIntentResult()
    data class Refused(val reason: RefusalReason) : ExternalIntentResult()
}

/** `Effect.OpenExternal(kind, uri)` to an intent, with the uri checked against its kind. */
object ExternalIntents {
    const val ACTION_VIEW = "android.intent.action.VIEW"
    const val ACTION_DIAL = "android.intent.action.DIAL"
    const val ACTION_SENDTO = "android.intent.action.SENDTO"
    const val CATEGORY_BROWSABLE = "android.intent.category.BROWSABLE"
    const val WHATSAPP_PACKAGE = "com.whatsapp"

    const val MAX_LENGTH = 2048

    private val WHATSAPP_HOSTS = setOf("wa.me", "api.whatsapp.com")
    private val PHONE = Regex("""\+?[0-9][0-9 ().\-]{2,30}""")
    private val COORDINATE = Regex("""-?[0-9]{1,3}(\.[0-9]+)?""")

    fun intentFor(kind: ExternalKind, uri: String): ExternalIntentResult {
        if (uri.length > MAX_LENGTH) return ExternalIntentResult.Refused(RefusalReason.TOO_LONG)
        // No spaces, controls or line breaks anywhere: a real link of ours never has them
        // (a telephone number's spaces are percent-encoded by the core or absent).
        if (uri.any { it.isWhitespace() || it.isISOControl() }) {
            return ExternalIntentResult.Refused(RefusalReason.MALFORMED)
        }
        val parsed = try {
            URI(uri)
        } catch (e: URISyntaxException) {
            return ExternalIntentResult.Refused(
                if (schemeOf(uri) == expectedScheme(kind)) RefusalReason.MALFORMED else RefusalReason.WRONG_SCHEME,
            )
        }
        val scheme = parsed.scheme?.lowercase()
        if (scheme != expectedScheme(kind)) return ExternalIntentResult.Refused(RefusalReason.WRONG_SCHEME)
        val intent = when (kind) {
            ExternalKind.DIAL -> dial(parsed, uri)
            ExternalKind.WHATS_APP -> whatsApp(parsed, uri)
            ExternalKind.EMAIL -> email(parsed, uri)
            ExternalKind.WEB -> web(parsed, uri)
            ExternalKind.DIRECTIONS -> directions(parsed, uri)
        }
        return if (intent == null) ExternalIntentResult.Refused(RefusalReason.MALFORMED) else ExternalIntentResult.Open(intent)
    }

    private fun expectedScheme(kind: ExternalKind): String = when (kind) {
        ExternalKind.DIAL -> "tel"
        ExternalKind.WHATS_APP -> "https"
        ExternalKind.EMAIL -> "mailto"
        ExternalKind.WEB -> "https"
        ExternalKind.DIRECTIONS -> "geo"
    }

    private fun schemeOf(uri: String): String? =
        uri.substringBefore(':', "").takeIf { it.isNotEmpty() }?.lowercase()

    private fun dial(uri: URI, raw: String): ExternalIntent? {
        val number = uri.schemeSpecificPart ?: return null
        if (!PHONE.matches(number)) return null
        return ExternalIntent(ACTION_DIAL, raw)
    }

    private fun whatsApp(uri: URI, raw: String): ExternalIntent? {
        if (!isPlainHttps(uri)) return null
        if (uri.host.lowercase() !in WHATSAPP_HOSTS) return null
        return ExternalIntent(ACTION_VIEW, raw, packageName = WHATSAPP_PACKAGE, categories = setOf(CATEGORY_BROWSABLE))
    }

    private fun email(uri: URI, raw: String): ExternalIntent? {
        val address = uri.schemeSpecificPart?.substringBefore('?') ?: return null
        val at = address.indexOf('@')
        if (at <= 0 || at != address.lastIndexOf('@') || at == address.length - 1) return null
        if (!address.substring(at + 1).contains('.')) return null
        return ExternalIntent(ACTION_SENDTO, raw)
    }

    private fun web(uri: URI, raw: String): ExternalIntent? {
        if (!isPlainHttps(uri)) return null
        return ExternalIntent(ACTION_VIEW, raw, categories = setOf(CATEGORY_BROWSABLE))
    }

    private fun directions(uri: URI, raw: String): ExternalIntent? {
        // geo:lat,lon or geo:lat,lon?q=… (geo:0,0?q=address is the form for a place by name).
        val position = uri.schemeSpecificPart?.substringBefore('?')?.substringBefore(';') ?: return null
        val parts = position.split(',')
        if (parts.size !in 2..3 || !parts.all { COORDINATE.matches(it) }) return null
        val lat = parts[0].toDouble()
        val lon = parts[1].toDouble()
        if (lat !in -90.0..90.0 || lon !in -180.0..180.0) return null
        return ExternalIntent(ACTION_VIEW, raw)
    }

    /** An absolute https link to a named host, with no user info to hide the real host behind. */
    private fun isPlainHttps(uri: URI): Boolean =
        !uri.isOpaque && !uri.host.isNullOrEmpty() && uri.rawUserInfo == null
}
