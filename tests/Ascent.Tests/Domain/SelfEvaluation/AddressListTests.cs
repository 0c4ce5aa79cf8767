using Ascent.Web.Domain.SelfEvaluation;

namespace Ascent.Tests.Domain.SelfEvaluation;

public sealed class AddressListTests
{
    [Fact]
    public void Parse_ReadsOneALine_CommasAndSemicolons_AndNamedAddresses()
    {
        var list = AddressList.Parse("ava.parent@example.com\r\nben@example.org, cal@example.net; \n\n  Dee's mum <dee@example.co.uk>  \n");

        Assert.Equal(["ava.parent@example.com", "ben@example.org", "cal@example.net", "dee@example.co.uk"], list.Addresses);
        Assert.Empty(list.Problems);
        Assert.Equal(0, list.Duplicates);
    }

    [Fact]
    public void Parse_GivesEachBadAddressItsLineAndReason()
    {
        var list = AddressList.Parse("good@example.com\nno-at-sign.example.com\n\ntwo@@example.com; good2@example.com\nava@example\nsp ace@example.com\n@example.com\nzed@");

        Assert.Equal(["good@example.com", "good2@example.com"], list.Addresses);
        Assert.Equal(
            [
                (2, "no-at-sign.example.com", "has no @ in it"),
                (4, "two@@example.com", "has more than one @ in it"),
                (5, "ava@example", "is missing the end of the address after the @, like example.com"),
                (6, "sp ace@example.com", "has a space in it"),
                (7, "@example.com", "has nothing before the @"),
                (8, "zed@", "has nothing after the @"),
            ],
            list.Problems.Select(p => (p.Line, p.Text, p.Reason)));
        Assert.Equal("Line 5: ‘ava@example’ is missing the end of the address after the @, like example.com", list.Problems[2].Describe());
    }

    [Fact]
    public void Parse_KeepsTheFirstOfAnAddressGivenTwice_WhateverItsCase()
    {
        var list = AddressList.Parse("Ava@Example.com\nava@example.com; ben@example.com\nAVA@EXAMPLE.COM");

        Assert.Equal(["Ava@Example.com", "ben@example.com"], list.Addresses);
        Assert.Equal(2, list.Duplicates);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n ;, \n")]
    [InlineData(null)]
    public void Parse_OfNothing_IsEmpty(string? text) => Assert.True(AddressList.Parse(text).IsEmpty);

    [Theory]
    [InlineData("o'brien+nursery@example.com")]
    [InlineData("zoë@exämple.de")]
    [InlineData("a@b-c.example")]
    public void ProblemWith_AcceptsAddressesPeopleHave(string address) => Assert.Null(AddressList.ProblemWith(address));

    [Theory]
    [InlineData("a@-example.com", "has a character after the @ that an address cannot have")]
    [InlineData("a(b)@example.com", "has a character before the @ that an address cannot have")]
    [InlineData("a@example.", "is missing the end of the address after the @, like example.com")]
    public void ProblemWith_RefusesWhatCannotBeSentTo(string address, string reason) => Assert.Equal(reason, AddressList.ProblemWith(address));

    [Fact]
    public void ProblemWith_RefusesAnAddressLongerThanAnInvitationsLimit() =>
        Assert.Equal("is longer than 256 characters", AddressList.ProblemWith(new string('a', 250) + "@example.com"));
}
