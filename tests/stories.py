"""Feed documents used by several tests."""

from xml.sax.saxutils import escape

ACCEPTANCE_TITLE = "Mexico Seeks to Renew Ties With North Korea, Also Backs Cuban Government"
ACCEPTANCE_BODY = (
    "Mexico's Foreign Minister Marcelo Ebrard expressed his country's desire to reopen relations "
    "with North Korea on Saturday, after his government also this week voiced support for the "
    "Cuban government amid large-scale protests in the Caribbean island nation. North Korea has "
    "also expressed its staunch support for Cuba's government. The U.S. has maintained an "
    "embargo against Cuba since the 1950s, blocking most U.S. companies from doing business on "
    "or with the island."
)


def rss(items: list[dict[str, str]], title: str = "Test feed") -> str:
    """An RSS 2.0 document; an item's "content" goes into content:encoded."""
    parts = []
    for item in items:
        fields = [f"<title>{escape(item['title'])}</title>"]
        if "link" in item:
            fields.append(f"<link>{escape(item['link'])}</link>")
        if "guid" in item:
            fields.append(f"<guid isPermaLink=\"false\">{escape(item['guid'])}</guid>")
        if "pubDate" in item:
            fields.append(f"<pubDate>{item['pubDate']}</pubDate>")
        if "description" in item:
            fields.append(f"<description>{escape(item['description'])}</description>")
        if "content" in item:
            fields.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append("<item>" + "".join(fields) + "</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(title)}</title><link>https://test.example/</link>"
        "<description>test</description>" + "".join(parts) + "</channel></rss>"
    )


def acceptance_feed() -> str:
    return rss([{
        "title": ACCEPTANCE_TITLE,
        "link": "https://news.example/2021/07/24/mexico-north-korea",
        "pubDate": "Sat, 24 Jul 2021 18:02:00 GMT",
        "content": f"<p>{ACCEPTANCE_BODY}</p>",
    }])
