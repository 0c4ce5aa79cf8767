using System.Globalization;
using Ascent.Tests.Pages.Partnerships.Bulletins;
using Ascent.Tests.Support;

namespace Ascent.Tests.BadInput;

/// Bulletins (writing one, sending or deleting a draft) as the LA administrator, and questions to the network
/// (asking, answering, hiding) as the owner of the partnership's lead setting.
public sealed partial class BadInputWorld
{
    private static string[] BulletinPages =>
        ["/bulletins/write/{id:int?}", "/bulletins/{id:int}", "/partnerships/{id:int}/questions", "/partnerships/{id:int}/questions/{questionId:int}"];

    private static async Task<List<Target>> BulletinTargetsAsync(AscentFixture app)
    {
        var draft = await BulletinWorld.BulletinAsync(app, "Bad input draft", sent: false);
        var partnership = await BulletinWorld.PartnershipAsync(app, "Bad input bulletin cluster");
        var question = await BulletinWorld.QuestionAsync(app, partnership, "Bad input question?");
        string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.AdminA, "/bulletins/write"), new(TestWorld.AdminA, $"/bulletins/write/{I(draft)}"), new(TestWorld.AdminA, $"/bulletins/{I(draft)}"),
            new(TestWorld.OwnerA1, $"/partnerships/{I(partnership)}/questions"), new(TestWorld.OwnerA1, $"/partnerships/{I(partnership)}/questions/{I(question)}"),
        ];
    }
}
