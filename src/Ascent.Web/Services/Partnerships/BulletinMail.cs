using Ascent.Web.Domain.Partnerships;

namespace Ascent.Web.Services.Partnerships;

/// A bulletin's e-mail: its words as written and a plain link to its page in Ascent. No tracking pixel and no
/// tracked redirect: the link is the page's own address (docs/partnerships.md, "What is tracked").
public static class BulletinMail
{
    public static string Body(Bulletin bulletin, BulletinReader reader, string link)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(reader);
        var where = reader.HasAccount
            ? $"Read it in Ascent, with earlier bulletins: {link}"
            : "You receive this as a partner of the partnership it was sent to.";
        return $"""
            Dear {reader.Name},

            {bulletin.Summary}

            {BulletinBody.PlainText(bulletin.Body)}

            {where}

            {bulletin.SentBy}
            """;
    }
}
