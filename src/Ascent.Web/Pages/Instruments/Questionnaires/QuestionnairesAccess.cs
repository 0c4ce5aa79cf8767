using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// Who may open the questionnaire pages. A setting's own staff run its rounds and everyone signed in to the setting
/// or its LA reads the results (found through the query filters, so nobody else's round is found); parents and
/// staff answer by link, without an account.
public static class QuestionnairesAccess
{
    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AllowAnonymousToPage("/Instruments/Questionnaires/Answer");
        pages.AllowAnonymousToPage("/Instruments/Questionnaires/Thanks");
    }
}
