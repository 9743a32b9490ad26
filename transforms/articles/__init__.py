"""Full article text: fetching item links politely and safely, extracting the
main text, detecting the language (``FetchArticles`` in ``transform``)."""

from transforms.articles.fetcher import ArticleFetcher, ArticlePolicy, ArticleRefused
from transforms.articles.transform import ARTICLE_PAGE_FIELDS, FetchArticles

__all__ = ["ARTICLE_PAGE_FIELDS", "ArticleFetcher", "ArticlePolicy", "ArticleRefused",
           "FetchArticles"]
