using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Sorry, there is a problem with Ascent";

    public IReadOnlyList<string> Lines { get; private set; } = ["Try again later. Nothing you entered has been lost unless this page says so."];

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        // Anyone can type /error/7 or /error/99999: only an error status is answered with itself, anything else is
        // a page that does not exist (setting 99999 as the status would fail the response).
        if (code is not (null or (>= 400 and <= 599)))
            code = 404;
        switch (code)
        {
            case 404:
                Title = "Page not found";
                Lines = ["If you typed the web address, check it is correct.", "If you followed a link, the page may have moved, or it belongs to someone else's records."];
                break;
            case 429:
                Title = "Too many attempts";
                Lines = ["You have tried this too many times in a short while. Wait a minute, then try again."];
                break;
            case 403:
                Title = "You cannot see this page";
                Lines = ["Your role does not include this part of Ascent."];
                break;
            case 400:
                Title = "Sorry, we could not process that";
                Lines = ["The form may have expired. Go back, reload the page and try again."];
                break;
        }

        if (code is not null)
            Response.StatusCode = code.Value;
    }
}
