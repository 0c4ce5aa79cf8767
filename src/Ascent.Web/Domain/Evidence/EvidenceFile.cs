using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Evidence;

/// The bytes of an evidence file. Kept in the database so tenancy and backups cover it like everything else.
public sealed class EvidenceFile : ISettingOwned
{
    private EvidenceFile()
    {
        Content = [];
    }

    internal EvidenceFile(EvidenceItem item, byte[] content)
    {
        Item = item;
        TenantId = item.TenantId;
        SettingId = item.SettingId;
        Content = content;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int EvidenceItemId { get; private set; }

    public EvidenceItem? Item { get; private set; }

    public byte[] Content { get; private set; }

    internal void Replace(byte[] content) => Content = content;
}
