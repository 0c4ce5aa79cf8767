using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ascent.Web.Imports;

internal static class RegisterHash
{
    public static string Of(RegisterRecord r)
    {
        var text = new StringBuilder(512);
        void Add(object? value) => text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\u001f');
        Add(r.Regulator); Add(r.Reference); Add(r.LocalAuthority); Add(r.ProviderType); Add(r.Name); Add(r.RegisteredOn);
        Add(r.ProviderSubtype); Add(r.ProviderStatus); Add(r.RegisterCombination); Add(r.EarlyYearsRegister);
        Add(r.CompulsoryChildcareRegister); Add(r.VoluntaryChildcareRegister); Add(r.RegisteredPersonReference);
        Add(r.RegisteredPersonName); Add(r.AddressLine1); Add(r.AddressLine2); Add(r.AddressLine3); Add(r.Town);
        Add(r.Postcode); Add(r.Telephone); Add(r.ParliamentaryConstituency); Add(r.Region); Add(r.OfstedRegion);
        Add(r.DeprivationBand); Add(r.Sector); Add(r.Places); Add(r.PlacesIncludingEstimates);
        foreach (var i in r.Inspections.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            Add(i.Key); Add(i.FrameworkCode); Add(i.Date); Add(i.InspectionType); Add(i.OverallGrade);
            foreach (var (area, grade) in i.Grades.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Add(area);
                Add(grade);
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
