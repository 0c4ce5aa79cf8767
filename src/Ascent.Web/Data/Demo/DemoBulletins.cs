using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The demo's bulletins and questions to the network (docs/partnerships.md): two sent bulletins, one to every
/// Northfield setting and one to the EYFS network, both received by Little Acorns, and a draft; and two questions on
/// the EYFS network, one answered. No e-mail is queued: the demo's bulletins were sent before it began.
public static class DemoBulletins
{
    public const string ToAll = "Spring term training for early years settings";
    public const string ToNetwork = "EYFS network: communication and language priority";
    public const string Draft = "Summer term funding reminders";

    public static async Task SeedAsync(AppDbContext db, int tenantId, int demoSettingId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var network = await db.Partnerships.Include(p => p.Members).SingleAsync(p => p.TenantId == tenantId && p.Name == DemoPartnerships.Network, cancellationToken);
        var all = await db.Settings.Where(s => s.TenantId == tenantId && s.LeftRegisterOn == null).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var members = network.CurrentMembers.Where(m => m.SettingId != null).Select(m => (m.SettingId!.Value, m.Name)).ToList();
        var people = await db.Users.Where(u => u.TenantId == tenantId && u.SettingId != null && u.IsActive).CountAsync(cancellationToken);
        const string sender = "Gareth Lewis";

        var toAll = new Bulletin(tenantId, new BulletinText(ToAll,
            "Places are open on the spring term's free training for every early years setting in Northfield.",
            "This term's training covers early communication, supporting children with additional needs, and safeguarding refreshers for designated leads.\n\n"
            + "Sessions run on Tuesday evenings at the Northfield Early Years Centre, and online. Book a place at https://www.gov.uk/early-years-foundation-stage before the end of the month.\n\n"
            + "Your improvement adviser can tell you which sessions suit your setting's improvement plan."),
            BulletinTarget.All, sender, now.AddDays(-21));
        toAll.Send([.. all.Select(s => (s.Id, s.Name))], people, sender, now.AddDays(-20));

        var toNetwork = new Bulletin(tenantId, new BulletinText(ToNetwork,
            "The network chose communication and language as its shared priority for this year.",
            "Seven of the network's members have a goal on communication and language in their improvement plans, so the network agreed to make it the year's shared priority.\n\n"
            + "At the next meeting, members will share one practice that works for them. Please bring an example, and the questions you would like the network to discuss.\n\n"
            + "Guidance: https://www.gov.uk/government/publications/early-years-foundation-stage-framework--2"),
            new BulletinTarget(BulletinAudience.Partnership, null, network.Id, $"Partnership: {network.Name} (its settings and partners)"), sender, now.AddDays(-6));
        toNetwork.Send(members, members.Count + 2, sender, now.AddDays(-5));

        var draft = new Bulletin(tenantId, new BulletinText(Draft,
            "A reminder of the dates for the summer term's funding claims.",
            "Headcount returns for the summer term are due in the second week of term. Contact the funding team if your numbers have changed."),
            BulletinTarget.All, sender, now.AddDays(-1));
        db.Bulletins.AddRange(toAll, toNetwork, draft);
        await db.SaveChangesAsync(cancellationToken);

        var manager = await db.Users.SingleAsync(u => u.Email == "manager@littleacorns.example", cancellationToken);
        var adviser = await db.Users.SingleAsync(u => u.Email == "senior.adviser@northfield.example", cancellationToken);
        var tenant = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var demoName = all.Single(s => s.Id == demoSettingId).Name;
        var jo = new NetworkAuthor(manager.Id, manager.DisplayName, demoSettingId, demoName);
        var gareth = new NetworkAuthor(adviser.Id, adviser.DisplayName, null, tenant);
        var answered = new NetworkQuestion(tenantId, network.Id, jo,
            "Has anyone used a speech and language screening tool with two-year-olds that parents found easy to take part in?", now.AddDays(-14));
        answered.Answer(gareth, "Several members use the WellComm toolkit: the health visiting team can show it at the next meeting. I will put it on the agenda.", now.AddDays(-12));
        var open = new NetworkQuestion(tenantId, network.Id, jo,
            "Could the next meeting be hosted somewhere with parking for the settings coming from the south of the borough?", now.AddDays(-3));
        db.NetworkQuestions.AddRange(answered, open);
        await db.SaveChangesAsync(cancellationToken);
    }
}
