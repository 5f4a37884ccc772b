package org.ponte.app.ui

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.ArrowBack
import androidx.compose.material.icons.automirrored.filled.List
import androidx.compose.material.icons.filled.AccountCircle
import androidx.compose.material.icons.filled.Home
import androidx.compose.material.icons.filled.Place
import androidx.compose.material.icons.filled.Settings
import androidx.compose.material.icons.filled.Star
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.Scaffold
import androidx.compose.material3.SnackbarHost
import androidx.compose.material3.SnackbarHostState
import androidx.compose.material3.Surface
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import org.ponte.core.AppView
import org.ponte.core.DiaryScreen
import org.ponte.core.Event
import org.ponte.core.GuidesScreen
import org.ponte.core.LessonsScreen
import org.ponte.core.NavSection
import org.ponte.core.ProfileScreen
import org.ponte.core.Route
import org.ponte.core.Screen
import org.ponte.core.ServicesScreen
import org.ponte.core.SettingsScreen as CoreSettingsScreen
import org.ponte.core.TextDirection

/** What a screen may do: send the core an event. */
typealias Send = (Event) -> Unit

/**
 * The whole app: the core's [AppView] drawn as it is. The layout direction is the core's; the
 * title, the error and the notice (a snackbar, dismissed back to the core) are the core's; the
 * body is one composable per screen. [onBack] is the system back (the core decides where it
 * goes).
 */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun PonteScreen(view: AppView, send: Send, onBack: () -> Unit) {
    val layout = if (view.direction == TextDirection.RIGHT_TO_LEFT) LayoutDirection.Rtl else LayoutDirection.Ltr
    CompositionLocalProvider(LocalLayoutDirection provides layout) {
        val snackbar = remember { SnackbarHostState() }
        val notice = view.notice
        LaunchedEffect(notice) {
            if (notice != null) {
                snackbar.showSnackbar(notice.text)
                send(Event.DismissNotice)
            }
        }
        Scaffold(
            modifier = Modifier.fillMaxSize(),
            topBar = {
                TopAppBar(
                    title = { LText(view.title) },
                    navigationIcon = {
                        if (view.canGoBack) {
                            IconButton(onClick = onBack) {
                                // Mirrored in right-to-left layouts.
                                Icon(Icons.AutoMirrored.Filled.ArrowBack, contentDescription = view.backLabel.text)
                            }
                        }
                    },
                    actions = {
                        if (view.route !is Route.FirstRun && view.route !is Route.Settings) {
                            IconButton(onClick = { send(Event.Navigate(Route.Settings)) }) {
                                Icon(Icons.Filled.Settings, contentDescription = view.settingsLabel.text)
                            }
                        }
                    },
                )
            },
            bottomBar = { if (view.sections.isNotEmpty()) SectionBar(view.sections, send) },
            snackbarHost = { SnackbarHost(snackbar) },
        ) { padding ->
            Column(Modifier.fillMaxSize().padding(padding)) {
                view.error?.let { error ->
                    Surface(color = MaterialTheme.colorScheme.errorContainer, modifier = Modifier.fillMaxWidth()) {
                        LText(
                            error,
                            modifier = Modifier.padding(16.dp).semantics { liveRegion = LiveRegionMode.Assertive },
                            color = MaterialTheme.colorScheme.onErrorContainer,
                        )
                    }
                }
                Box(Modifier.fillMaxSize()) { ScreenBody(view.screen, send) }
            }
        }
    }
}

/** One composable per screen of the core. */
@Composable
private fun ScreenBody(screen: Screen, send: Send) {
    when (screen) {
        is Screen.ChooseLanguage, is Screen.Installing, is Screen.ChooseCity, is Screen.Privacy,
        is Screen.OfferPairing,
        -> FirstRunScreen(screen, send)
        is Screen.Home -> HomeScreen(screen.home, send)
        is Screen.Diary -> when (val diary = screen.screen) {
            is DiaryScreen.Applications -> ApplicationsScreen(diary.list, send)
            is DiaryScreen.Application -> ApplicationScreen(diary.application, send)
            is DiaryScreen.Actions -> ActionsScreen(diary.actions, send)
            is DiaryScreen.Documents -> DocumentsScreen(diary.documents, send)
            is DiaryScreen.Meetings -> MeetingsScreen(diary.meetings, send)
            is DiaryScreen.Form -> DiaryFormScreen(diary.form, send)
            is DiaryScreen.Missing -> ExplanationScreen(diary.explanation)
        }
        is Screen.Services -> when (val services = screen.screen) {
            is ServicesScreen.List -> ServiceListScreen(services.list, send)
            is ServicesScreen.Map -> ServicesMapScreen(services.map, send)
            is ServicesScreen.Detail -> ServiceDetailScreen(services.service, send)
            is ServicesScreen.Report -> ServiceReportScreen(services.form, send)
            is ServicesScreen.NotFound -> ExplanationScreen(services.explanation)
        }
        is Screen.Guides -> when (val guides = screen.screen) {
            is GuidesScreen.Tree -> GuidesTreeScreen(guides.ask, guides.items, guides.empty, send)
            is GuidesScreen.Guide -> GuideScreen(guides.guide, send)
            is GuidesScreen.NotFound -> ExplanationScreen(guides.explanation)
        }
        is Screen.Lessons -> when (val lessons = screen.screen) {
            is LessonsScreen.Courses -> CoursesScreen(lessons.courses, send)
            is LessonsScreen.Player -> LessonPlayerScreen(lessons.player, send)
            is LessonsScreen.Glossary -> GlossaryScreen(lessons.glossary)
            is LessonsScreen.Certificate -> CertificateScreen(lessons.certificate, send)
            is LessonsScreen.Unavailable -> ExplanationScreen(lessons.explanation)
        }
        is Screen.Profile -> when (val profile = screen.screen) {
            is ProfileScreen.Overview -> ProfileOverviewScreen(profile.profile, send)
            is ProfileScreen.Edit -> ProfileFormScreen(profile.form, send)
            is ProfileScreen.Cv -> CvPreviewScreen(profile.cv, send)
        }
        is Screen.Tutor -> TutorSectionScreen(screen.screen, send)
        is Screen.Settings -> when (val settings = screen.screen) {
            is CoreSettingsScreen.Main -> SettingsScreen(settings.settings, send)
        }
        is Screen.NotBuiltYet -> NotBuiltYetScreen(screen.explanation)
    }
}

/** The icon for a section the core names (`NavSection.icon`). */
private fun sectionIcon(name: String): ImageVector = when (name) {
    "home" -> Icons.Filled.Home
    "diary" -> Icons.AutoMirrored.Filled.List
    "services" -> Icons.Filled.Place
    "lessons" -> Icons.Filled.Star
    else -> Icons.Filled.AccountCircle
}

/** The bottom bar: the core's sections, each with its icon and its words. */
@Composable
private fun SectionBar(sections: List<NavSection>, send: Send) {
    NavigationBar {
        for (section in sections) {
            NavigationBarItem(
                selected = section.selected,
                onClick = { send(Event.Navigate(section.route)) },
                icon = { Icon(sectionIcon(section.icon), contentDescription = null) },
                label = { LText(section.label) },
            )
        }
    }
}
