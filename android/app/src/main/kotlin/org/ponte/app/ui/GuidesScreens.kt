package org.ponte.app.ui

import android.graphics.BitmapFactory
import androidx.compose.foundation.Image
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.asImageBitmap
import androidx.compose.ui.layout.ContentScale
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.AnnotatedString
import androidx.compose.ui.text.LinkAnnotation
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.TextLinkStyles
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.text.withLink
import androidx.compose.ui.text.withStyle
import org.ponte.core.AnswerView
import org.ponte.core.AskView
import org.ponte.core.Event
import org.ponte.core.GuideBlock
import org.ponte.core.GuideImageView
import org.ponte.core.GuideItem
import org.ponte.core.GuideSpan
import org.ponte.core.GuideView
import org.ponte.core.GuidesEvent
import org.ponte.core.Localized
import org.ponte.core.TextDirection

private fun guides(event: GuidesEvent) = Event.Guides(event)

/**
 * The top of the guides' tree with the "Ask" box above it: the question goes to the core as it
 * is typed, the answers (passages of guides, the matching words in bold) come back in the view.
 * [empty] from the core when the phone has no guide yet.
 */
@Composable
fun GuidesTreeScreen(ask: AskView, items: List<GuideItem>, empty: Localized?, send: (Event) -> Unit) {
    if (empty != null) {
        ExplanationScreen(empty)
        return
    }
    ScreenList {
        item {
            CoreTextField(
                key = "guides.question",
                label = ask.label,
                value = ask.question,
                onChange = { send(guides(GuidesEvent.Ask(it))) },
            )
        }
        ask.noAnswer?.let { none -> item { Secondary(none) } }
        items(ask.answers) { answer -> AnswerCard(answer, send) }
        // "Ask my tutor": only on a paired phone; the core asks before anything is sent.
        ask.tutor?.let { tutor ->
            tutor.action?.let { action ->
                item { SecondaryButton(action, onClick = { send(guides(GuidesEvent.AskTutor)) }) }
            }
            tutor.sent?.let { sent -> item { Secondary(sent) } }
            tutor.confirm?.let { confirm ->
                item {
                    ConfirmDialog(
                        title = null,
                        message = confirm.text,
                        confirm = confirm.send,
                        cancel = confirm.cancel,
                        onConfirm = { send(guides(GuidesEvent.ConfirmAskTutor)) },
                        onCancel = { send(guides(GuidesEvent.CancelAskTutor)) },
                    )
                }
            }
        }
        items(items, key = { it.id }) { item -> GuideCard(item, send) }
    }
}

@Composable
private fun AnswerCard(answer: AnswerView, send: (Event) -> Unit) {
    val direction = answer.direction.toCompose()
    ItemCard(onClick = { send(Event.OpenLink(answer.link)) }) {
        LText(answer.source, style = MaterialTheme.typography.labelSmall)
        DirectedText(answer.title, answer.direction, style = MaterialTheme.typography.titleSmall)
        Text(
            buildAnnotatedString {
                for (span in answer.spans) {
                    if (span.matched) {
                        withStyle(SpanStyle(fontWeight = FontWeight.Bold)) { append(span.text) }
                    } else {
                        append(span.text)
                    }
                }
            },
            style = MaterialTheme.typography.bodyMedium.copy(textDirection = direction),
        )
    }
}

@Composable
private fun GuideCard(item: GuideItem, send: (Event) -> Unit) {
    ItemCard(onClick = { send(Event.OpenLink(item.link)) }) {
        DirectedText(item.title, item.direction, style = MaterialTheme.typography.titleMedium)
        Secondary(item.more)
    }
}

/**
 * One guide: its image (when it has one) above its blocks in the guide's own direction, links
 * drawn as links (TalkBack reads them as such); a tap sends the link's number back to the core,
 * which decides what it opens.
 */
@Composable
fun GuideScreen(guide: GuideView, send: (Event) -> Unit) {
    val follow: (UInt) -> Unit = { index -> send(guides(GuidesEvent.FollowLink(index))) }
    val direction = guide.direction.toCompose()
    ScreenList {
        item {
            DirectedText(
                guide.title,
                guide.direction,
                modifier = Modifier.semantics { heading() },
                style = MaterialTheme.typography.headlineSmall,
            )
        }
        guide.image?.let { image -> item { GuideImage(image) } }
        items(guide.translationNotes) { note -> Secondary(note) }
        item { SecondaryButton(guide.readAloud, onClick = { send(guides(GuidesEvent.ReadAloud)) }) }
        items(guide.blocks) { block ->
            when (block) {
                is GuideBlock.Heading -> Text(
                    spansText(block.spans, follow),
                    modifier = Modifier.semantics { heading() },
                    style = (if (block.level.toInt() <= 2) MaterialTheme.typography.titleLarge else MaterialTheme.typography.titleMedium)
                        .copy(textDirection = direction),
                )
                is GuideBlock.Paragraph -> Text(
                    spansText(block.spans, follow),
                    style = MaterialTheme.typography.bodyLarge.copy(textDirection = direction),
                )
                is GuideBlock.Items -> ListBlock(block, guide.direction, follow)
            }
        }
        items(guide.children, key = { it.id }) { child -> GuideCard(child, send) }
        guide.checked?.let { checked -> item { Secondary(checked) } }
        if (guide.sources.isNotEmpty()) {
            item { Heading(guide.sourcesHeading) }
            items(guide.sources) { source ->
                Text(
                    linkText(source.title, source.link, follow),
                    style = MaterialTheme.typography.bodyLarge,
                )
            }
        }
    }
}

/**
 * The guide's image across the screen, its shape kept from the size the core read from its
 * bytes (so the space is right before it is decoded); TalkBack says its description. Bytes the
 * phone cannot decode leave no gap.
 */
@Composable
private fun GuideImage(image: GuideImageView) {
    val bitmap = remember(image.bytes.contentHashCode()) {
        BitmapFactory.decodeByteArray(image.bytes, 0, image.bytes.size)
    } ?: return
    Image(
        bitmap = bitmap.asImageBitmap(),
        contentDescription = image.alt,
        contentScale = ContentScale.Fit,
        modifier = Modifier.fillMaxWidth().aspectRatio(image.width.toFloat() / image.height.toFloat()),
    )
}

@Composable
private fun ListBlock(block: GuideBlock.Items, direction: TextDirection, follow: (UInt) -> Unit) {
    block.items.forEachIndexed { index, spans ->
        val marker = if (block.ordered) "${index + 1}. " else "• "
        Text(
            buildAnnotatedString {
                append(marker)
                append(spansText(spans, follow))
            },
            style = MaterialTheme.typography.bodyLarge.copy(textDirection = direction.toCompose()),
        )
    }
}

private val linkStyles = TextLinkStyles(style = SpanStyle(textDecoration = TextDecoration.Underline))

/** The spans as one text: bold where bold, links as clickable links. */
private fun spansText(spans: List<GuideSpan>, follow: (UInt) -> Unit): AnnotatedString = buildAnnotatedString {
    for (span in spans) {
        val link = span.link
        when {
            link != null -> withLink(LinkAnnotation.Clickable(tag = link.toString(), styles = linkStyles) { follow(link) }) {
                append(span.text)
            }
            span.bold -> withStyle(SpanStyle(fontWeight = FontWeight.Bold)) { append(span.text) }
            else -> append(span.text)
        }
    }
}

private fun linkText(text: String, link: UInt, follow: (UInt) -> Unit): AnnotatedString = buildAnnotatedString {
    withLink(LinkAnnotation.Clickable(tag = link.toString(), styles = linkStyles) { follow(link) }) { append(text) }
}
