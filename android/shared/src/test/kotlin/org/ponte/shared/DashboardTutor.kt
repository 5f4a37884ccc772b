package org.ponte.shared

import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/** A tutor on the dashboard of the coordinator `cargo xtask test` started, as plain HTTP. */
class DashboardTutor(private val server: String = System.getProperty("ponte.coordinator")) {
    private val http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
    private var cookie = ""
    private var csrf = ""

    private fun hidden(html: String, name: String): String {
        val marker = "name=\"$name\" value=\""
        val start = html.indexOf(marker) + marker.length
        return html.substring(start, html.indexOf('"', start))
    }

    private fun form(vararg fields: Pair<String, String>) =
        fields.joinToString("&") { (k, v) -> "${URLEncoder.encode(k, "UTF-8")}=${URLEncoder.encode(v, "UTF-8")}" }

    fun post(path: String, vararg fields: Pair<String, String>): HttpResponse<String> =
        http.send(
            HttpRequest.newBuilder(URI.create("$server$path"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form(*fields, "csrf" to csrf)))
                .build(),
            HttpResponse.BodyHandlers.ofString(),
        )

    fun signIn(): DashboardTutor {
        val page = http.send(HttpRequest.newBuilder(URI.create("$server/login")).build(), HttpResponse.BodyHandlers.ofString())
        val nonce = hidden(page.body(), "login")
        cookie = "ponte_login=$nonce"
        val answer = post("/login", "login" to nonce, "username" to "tutor", "password" to System.getProperty("ponte.tutorPassword"))
        cookie = answer.headers().allValues("set-cookie").first { it.startsWith("ponte_session=") }.substringBefore(';')
        val home = http.send(
            HttpRequest.newBuilder(URI.create("$server/beneficiaries")).header("cookie", cookie).build(),
            HttpResponse.BodyHandlers.ofString(),
        )
        csrf = hidden(home.body(), "csrf")
        return this
    }

    /** A new beneficiary; returns their id. */
    fun addBeneficiary(nickname: String, languages: String): String {
        val created = post("/beneficiaries", "nickname" to nickname, "languages" to languages)
        return created.headers().firstValue("location").get().removePrefix("/beneficiaries/")
    }

    /** The ids of the questions on the beneficiary's page that still have an answer form. */
    fun openQuestions(beneficiary: String): List<String> {
        val page = http.send(
            HttpRequest.newBuilder(URI.create("$server/beneficiaries/$beneficiary")).header("cookie", cookie).build(),
            HttpResponse.BodyHandlers.ofString(),
        ).body()
        return Regex("/beneficiaries/$beneficiary/questions/([^/\"]+)/answer").findAll(page).map { it.groupValues[1] }.toList()
    }

    /** A fresh pairing code for the beneficiary, as the dashboard shows it. */
    fun pairingCode(beneficiary: String): String {
        val codePage = post("/beneficiaries/$beneficiary/code").body()
        val marker = "id=\"pairing-code\">"
        return codePage.substring(codePage.indexOf(marker) + marker.length).take(9)
    }
}
