package org.ponte.shared

import kotlin.test.assertEquals
import kotlin.test.assertNull
import org.junit.Test
import org.ponte.core.ExternalKind

class ExternalIntentsTest {
    private fun open(kind: ExternalKind, uri: String): ExternalIntent {
        val result = ExternalIntents.intentFor(kind, uri)
        return (result as? ExternalIntentResult.Open)?.intent ?: error("$kind $uri refused: $result")
    }

    private fun refused(kind: ExternalKind, uri: String): RefusalReason {
        val result = ExternalIntents.intentFor(kind, uri)
        return (result as? ExternalIntentResult.Refused)?.reason ?: error("$kind $uri opened: $result")
    }

    @Test
    fun theCoreLinksOpenWithTheirAction() {
        assertEquals(ExternalIntent("android.intent.action.DIAL", "tel:+390511234567"), open(ExternalKind.DIAL, "tel:+390511234567"))
        assertEquals(ExternalIntent("android.intent.action.SENDTO", "mailto:info@caritas.bo.it"), open(ExternalKind.EMAIL, "mailto:info@caritas.bo.it"))
        val web = open(ExternalKind.WEB, "https://www.comune.bologna.it/")
        assertEquals("android.intent.action.VIEW", web.action)
        assertEquals(setOf("android.intent.category.BROWSABLE"), web.categories)
        assertNull(web.packageName)
        val geo = "geo:44.494,11.343?q=44.494,11.343(Centro+per+l%27impiego)"
        assertEquals(ExternalIntent("android.intent.action.VIEW", geo), open(ExternalKind.DIRECTIONS, geo))
        assertEquals("geo:-33.9,151", open(ExternalKind.DIRECTIONS, "geo:-33.9,151").data)
    }

    @Test
    fun whatsAppPrefersTheAppAndFallsBackToTheBrowser() {
        val intent = open(ExternalKind.WHATS_APP, "https://wa.me/393331234567")
        assertEquals("com.whatsapp", intent.packageName)
        assertEquals("https://wa.me/393331234567", intent.data)
        val fallback = intent.withoutPackage()!!
        assertNull(fallback.packageName)
        assertEquals(intent.data, fallback.data)
        assertNull(fallback.withoutPackage())
    }

    @Test
    fun aSchemeOtherThanTheKindsIsRefused() {
        for ((kind, uri) in listOf(
            ExternalKind.WEB to "javascript:alert(1)",
            ExternalKind.WEB to "http://www.comune.bologna.it/",
            ExternalKind.WEB to "file:///data/data/org.ponte/databases/ponte.db",
            ExternalKind.WEB to "intent://scan/#Intent;scheme=zxing;end",
            ExternalKind.DIAL to "https://wa.me/393331234567",
            ExternalKind.DIAL to "sms:+390511234567",
            ExternalKind.EMAIL to "javascript:alert('mailto:a@b.it')",
            ExternalKind.DIRECTIONS to "https://maps.apple.com/?daddr=44.4,11.3",
            ExternalKind.WHATS_APP to "whatsapp://send?phone=393331234567",
            ExternalKind.WHATS_APP to "content://org.ponte/file",
            ExternalKind.WEB to "no scheme at all",
        )) {
            val reason = refused(kind, uri)
            if (!uri.contains(' ')) assertEquals(RefusalReason.WRONG_SCHEME, reason, uri)
        }
    }

    @Test
    fun theRightSchemeWithTheWrongContentIsRefused() {
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.DIAL, "tel:*21*0511234567%23"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.DIAL, "tel:"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.EMAIL, "mailto:nobody"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.EMAIL, "mailto:a@b@c.it"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.DIRECTIONS, "geo:91,11"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.DIRECTIONS, "geo:44.4"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.DIRECTIONS, "geo:here,there"))
        // WhatsApp only on its own hosts, and never behind user info.
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.WHATS_APP, "https://example.org/393331234567"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.WHATS_APP, "https://wa.me@evil.example/393331234567"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.WEB, "https://user:pass@example.org/"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.WEB, "https:opaque"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.WEB, "https://example.org/a b"))
        assertEquals(RefusalReason.MALFORMED, refused(ExternalKind.WEB, "https://example.org/\nSet-Cookie"))
        assertEquals(RefusalReason.TOO_LONG, refused(ExternalKind.WEB, "https://example.org/" + "a".repeat(3000)))
    }

    @Test
    fun schemesAreCaseInsensitive() {
        assertEquals("TEL:+390511234567", open(ExternalKind.DIAL, "TEL:+390511234567").data)
        assertEquals("HTTPS://WA.ME/393331234567", open(ExternalKind.WHATS_APP, "HTTPS://WA.ME/393331234567").data)
    }
}
